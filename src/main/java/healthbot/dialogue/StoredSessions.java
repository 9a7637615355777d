package healthbot.dialogue;

import healthbot.store.ConversationStore;
import healthbot.store.StoreUnavailableException;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Sessions kept in a {@link ConversationStore} between messages: each message loads the chat's
 * session (or starts a fresh one), runs, and saves it; a message that throws saves nothing.
 *
 * <p>Messages of one chat are serialised in this process by a striped monitor; across processes
 * the channel holds the store's chat lock and passes its fence, which the save checks.
 *
 * <p>When the store is unavailable the chat goes on in memory: its session is kept in
 * {@link #fallback} and preferred over the store's (older) copy until a save succeeds again;
 * a {@code /forget} that could not reach the store is repeated after the next successful save.
 */
final class StoredSessions {

    private static final int STRIPES = 1024;
    private static final int SWEEP_EVERY = 4096;

    private final ConversationStore store;
    private final SessionCodec codec;
    private final Clock clock;
    private final Duration idle;
    private final Object[] stripes = new Object[STRIPES];
    private final ConcurrentHashMap<String, Session> fallback = new ConcurrentHashMap<>();
    private final Set<String> forgetLater = ConcurrentHashMap.newKeySet();
    private final AtomicInteger untilSweep = new AtomicInteger(SWEEP_EVERY);

    StoredSessions(ConversationStore store, SessionCodec codec, Clock clock, Duration idle) {
        this.store = store;
        this.codec = codec;
        this.clock = clock;
        this.idle = idle;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    /**
     * Runs {@code work} on the chat's session; saves it afterwards when {@code save} (under
     * {@code fence}) unless {@code work} threw.
     *
     * @throws healthbot.store.StaleFenceException when the chat's lock was taken by another holder meanwhile
     */
    <T> T with(String chatId, long fence, boolean save, Function<Session, T> work) {
        T result;
        boolean saved = false;
        synchronized (stripe(chatId)) {
            long now = clock.millis();
            Session s = open(chatId, now);
            s.lastSeenMillis = now;
            result = work.apply(s);
            if (save) {
                saved = save(chatId, s, fence);
            }
        }
        if (saved && !forgetLater.isEmpty()) {
            forgetPending();
        }
        return result;
    }

    /** Deletes the chat from the store at once (or as soon as it is reachable again) and from memory. */
    void forget(String chatId) {
        synchronized (stripe(chatId)) {
            try {
                store.forget(chatId);
                fallback.remove(chatId);
            } catch (StoreUnavailableException e) {
                forgetLater.add(chatId);
                Session fresh = new Session();
                fresh.lastSeenMillis = clock.millis();
                fallback.put(chatId, fresh); // the store's copy must not come back before it is deleted
            }
        }
    }

    int size() {
        try {
            return (int) Math.min(Integer.MAX_VALUE, store.sessionCount());
        } catch (StoreUnavailableException e) {
            return fallback.size();
        }
    }

    private Session open(String chatId, long now) {
        sweepFallback(now);
        Session mem = fallback.get(chatId);
        if (mem != null && now - mem.lastSeenMillis <= idle.toMillis()) {
            return mem; // newer than the store's copy
        }
        try {
            return store.loadSession(chatId).flatMap(text -> codec.decode(chatId, text, now)).orElseGet(Session::new);
        } catch (StoreUnavailableException e) {
            return new Session(); // logged by the store (once a minute); the chat goes on in memory
        }
    }

    /** Whether the store took it; when not, the chat goes on from memory. */
    private boolean save(String chatId, Session s, long fence) {
        String text = codec.encode(s, s.lastSeenMillis + idle.toMillis());
        try {
            store.saveSession(chatId, text, idle, fence);
        } catch (StoreUnavailableException e) {
            fallback.put(chatId, s);
            return false;
        }
        if (!fallback.isEmpty()) {
            fallback.remove(chatId);
        }
        forgetLater.remove(chatId); // its stored copy was just replaced by the new session
        return true;
    }

    /** The store answers again: carry out the /forget requests it missed, each under its chat's monitor. */
    private void forgetPending() {
        for (String chatId : forgetLater) {
            synchronized (stripe(chatId)) {
                if (!forgetLater.contains(chatId)) {
                    continue;
                }
                try {
                    store.forget(chatId);
                    forgetLater.remove(chatId);
                } catch (StoreUnavailableException e) {
                    return;
                }
            }
        }
    }

    private Object stripe(String chatId) {
        return stripes[Math.floorMod(chatId.hashCode(), STRIPES)];
    }

    private void sweepFallback(long now) {
        if (untilSweep.decrementAndGet() <= 0) {
            untilSweep.set(SWEEP_EVERY);
            fallback.values().removeIf(s -> now - s.lastSeenMillis > idle.toMillis());
        }
    }
}
