package healthbot.dialogue;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Sessions by chat id, forgotten after an idle time. Thread-safe. */
final class SessionStore {

    private static final int SWEEP_EVERY = 4096;

    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long idleMillis;
    private final String language;
    private final AtomicInteger untilSweep = new AtomicInteger(SWEEP_EVERY);

    /** @param language the language a new chat is answered in */
    SessionStore(Clock clock, Duration idle, String language) {
        this.clock = clock;
        this.idleMillis = idle.toMillis();
        this.language = language;
    }

    /** The chat's session, a fresh one if it had none or it expired. */
    Session get(String chatId) {
        long now = clock.millis();
        if (untilSweep.decrementAndGet() <= 0) {
            untilSweep.set(SWEEP_EVERY);
            sweep(now);
        }
        Session s = sessions.get(chatId);
        if (s == null || now - s.lastSeenMillis > idleMillis) {
            s = sessions.compute(chatId, (id, old) ->
                    old == null || now - old.lastSeenMillis > idleMillis ? fresh() : old);
        }
        s.lastSeenMillis = now;
        return s;
    }

    private Session fresh() {
        Session s = new Session(language);
        s.fresh = true;
        return s;
    }

    void forget(String chatId) {
        sessions.remove(chatId);
    }

    int size() {
        return sessions.size();
    }

    private void sweep(long now) {
        sessions.values().removeIf(s -> now - s.lastSeenMillis > idleMillis);
    }
}
