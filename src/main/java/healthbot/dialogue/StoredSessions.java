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
 * <p>The store is the truth; {@link #memory} keeps this process's latest copy of each recent
 * chat only for outages. When the store cannot be read, a chat goes on from that copy; when it
 * cannot be written, the chat is marked {@link #unsaved} and its copy is preferred over the
 * store's older one until a save succeeds again. A {@code /forget} that could not reach the
 * store is carried out after the next successful save. Copies are dropped after the idle time.
 */
final class StoredSessions {

    private static final int STRIPES = 1024;
    private static final int SWEEP_EVERY = 4096;

    private final ConversationStore store;
    private final SessionCodec codec;
    private final Clock clock;
    private final Duration idle;
    private final String language;
    private final Object[] stripes = new Object[STRIPES];
    private final ConcurrentHashMap<String, Session> memory = new ConcurrentHashMap<>();
    private final Set<String> unsaved = ConcurrentHashMap.newKeySet();
    private final Set<String> forgetLater = ConcurrentHashMap.newKeySet();
    private final AtomicInteger untilSweep = new AtomicInteger(SWEEP_EVERY);

    /** @param language the language a new chat is answered in */
    StoredSessions(ConversationStore store, SessionCodec codec, Clock clock, Duration idle, String language) {
        this.store = store;
        this.codec = codec;
        this.clock = clock;
        this.idle = idle;
        this.language = language;
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
                saved = save(chatId, s, fence); // a refused (stale) fence throws: nothing kept
            }
            memory.put(chatId, s);
        }
        if (saved && !forgetLater.isEmpty()) {
            forgetPending();
        }
        return result;
    }

    /** Deletes the chat from the store at once (or as soon as it is reachable again) and from memory. */
    void forget(String chatId) {
        synchronized (stripe(chatId)) {
            memory.remove(chatId);
            unsaved.remove(chatId);
            try {
                store.forget(chatId);
            } catch (StoreUnavailableException e) {
                forgetLater.add(chatId);
                Session fresh = new Session(language);
                fresh.lastSeenMillis = clock.millis();
                memory.put(chatId, fresh); // the store's copy must not come back before it is deleted
                unsaved.add(chatId);
            }
        }
    }

    int size() {
        try {
            return (int) Math.min(Integer.MAX_VALUE, store.sessionCount());
        } catch (StoreUnavailableException e) {
            return memory.size();
        }
    }

    private Session open(String chatId, long now) {
        sweepMemory(now);
        Session mem = memory.get(chatId);
        if (mem != null && now - mem.lastSeenMillis > idle.toMillis()) {
            memory.remove(chatId);
            unsaved.remove(chatId);
            mem = null;
        }
        if (mem != null && unsaved.contains(chatId)) {
            return copy(mem); // newer than the store's copy
        }
        try {
            return store.loadSession(chatId).flatMap(text -> codec.decode(chatId, text, now)).orElseGet(this::fresh);
        } catch (StoreUnavailableException e) {
            // logged by the store (once a minute); the chat goes on from this process's copy
            return mem == null ? fresh() : copy(mem);
        }
    }

    /** Whether the store took it; when not, the chat goes on from memory. */
    private boolean save(String chatId, Session s, long fence) {
        String text = codec.encode(s, s.lastSeenMillis + idle.toMillis());
        try {
            store.saveSession(chatId, text, idle, fence);
        } catch (StoreUnavailableException e) {
            unsaved.add(chatId);
            return false;
        }
        unsaved.remove(chatId);
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

    private Session fresh() {
        Session s = new Session(language);
        s.fresh = true;
        return s;
    }

    /** A copy a failing turn may spoil without touching the original (every field is an immutable value). */
    private static Session copy(Session s) {
        return s.snapshot();
    }

    private Object stripe(String chatId) {
        return stripes[Math.floorMod(chatId.hashCode(), STRIPES)];
    }

    private void sweepMemory(long now) {
        if (untilSweep.decrementAndGet() <= 0) {
            untilSweep.set(SWEEP_EVERY);
            memory.entrySet().removeIf(e -> {
                boolean expired = now - e.getValue().lastSeenMillis > idle.toMillis();
                if (expired) {
                    unsaved.remove(e.getKey());
                }
                return expired;
            });
        }
    }
}
