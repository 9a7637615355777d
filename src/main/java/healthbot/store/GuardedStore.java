package healthbot.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * What the factory hands out: a store whose outages cost little. After a failure it stops
 * calling the store for a short retry interval (failing at once, so a message is answered from
 * memory instead of waiting for a timeout on every call), reports itself down until a write
 * succeeds again (a read that works on a full disk proves nothing), and logs a failure at most
 * once a minute, with the number of failures since, and the end of each outage it logged. So a
 * store that comes and goes (a disk that takes some writes and not others) costs at most two
 * lines a minute; the outages in between are counted in the next line. Lock and fence refusals
 * are not outages and pass through unchanged.
 *
 * <p>With a {@code patience} (Redis through Sentinel: the time a failover takes), an outage
 * younger than that makes calls wait for the store, trying again every
 * {@link #PATIENCE_STEP}, instead of failing: messages arriving while Sentinel promotes a
 * replica are answered a few seconds late from the shared state, not at once from this
 * process's memory. Once the outage is older than the patience, calls fail fast as above. Every
 * call retried this way is idempotent (a save for the same update writes the same record).
 */
final class GuardedStore implements ConversationStore {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedStore.class);
    private static final long LOG_EVERY_NANOS = Duration.ofMinutes(1).toNanos();
    static final Duration PATIENCE_STEP = Duration.ofMillis(200);

    private final ConversationStore store;
    private final long retryNanos;
    private final long patienceNanos;
    private final Object stateLock = new Object();
    private volatile boolean down;
    private volatile String lastError = "";
    private long downSince;
    private long retryAt;
    private long lastLogged;
    /** Whether the current outage was logged (then its end is logged too). */
    private boolean announced;
    private final AtomicLong unlogged = new AtomicLong();
    private int unloggedRecoveries;

    GuardedStore(ConversationStore store, Duration retryInterval) {
        this(store, retryInterval, Duration.ZERO);
    }

    GuardedStore(ConversationStore store, Duration retryInterval, Duration patience) {
        this.store = store;
        this.retryNanos = retryInterval.toNanos();
        this.patienceNanos = patience.toNanos();
    }

    @Override
    public Optional<String> loadSession(String chatId) {
        return guard(false, () -> store.loadSession(chatId));
    }

    @Override
    public AnswerScope answering(String chatId, long updateId) {
        return store.answering(chatId, updateId); // process memory only: nothing to guard
    }

    @Override
    public void saveSession(String chatId, String encoded, Duration ttl, long fence) {
        guard(true, () -> {
            store.saveSession(chatId, encoded, ttl, fence);
            return null;
        });
    }

    @Override
    public void forget(String chatId) {
        guard(true, () -> {
            store.forget(chatId);
            return null;
        });
    }

    @Override
    public boolean isHandled(long updateId) {
        return guard(false, () -> store.isHandled(updateId));
    }

    @Override
    public void markHandled(long updateId, Duration ttl) {
        guard(true, () -> {
            store.markHandled(updateId, ttl);
            return null;
        });
    }

    @Override
    public ChatLock lockChat(String chatId, Duration lease, Duration maxWait) {
        return guard(true, () -> store.lockChat(chatId, lease, maxWait));
    }

    @Override
    public void addPending(String chatId, long updateId, Duration ttl) {
        guard(true, () -> {
            store.addPending(chatId, updateId, ttl);
            return null;
        });
    }

    @Override
    public OptionalLong lowestPending(String chatId) {
        return guard(true, () -> store.lowestPending(chatId)); // a script that also drops expired ids
    }

    @Override
    public void removePending(String chatId, long updateId) {
        guard(true, () -> {
            store.removePending(chatId, updateId);
            return null;
        });
    }

    @Override
    public String addToInbox(InboxEntry entry, Duration ttl) {
        return guard(true, () -> store.addToInbox(entry, ttl));
    }

    @Override
    public List<InboxEntry> inbox() {
        return guard(false, store::inbox);
    }

    @Override
    public boolean removeFromInbox(String id) {
        return guard(true, () -> store.removeFromInbox(id));
    }

    @Override
    public void addCount(UsageKey key, long n) {
        guard(true, () -> {
            store.addCount(key, n);
            return null;
        });
    }

    @Override
    public List<UsageCount> counts(LocalDate from) {
        return guard(false, () -> store.counts(from));
    }

    @Override
    public StoreHealth health() {
        if (down && System.nanoTime() - retryAt < 0) {
            return StoreHealth.down(store.describe(), lastError);
        }
        StoreHealth h = store.health(); // every store's check writes
        if (h.up()) {
            succeeded();
        } else {
            failed(new StoreUnavailableException(h.detail()));
        }
        return h;
    }

    @Override
    public long sessionCount() {
        return guard(false, store::sessionCount);
    }

    @Override
    public String describe() {
        return store.describe();
    }

    @Override
    public void close() {
        store.close();
    }

    private <T> T guard(boolean writes, Supplier<T> call) {
        while (true) {
            if (down && System.nanoTime() - retryAt < 0) {
                if (!waitingThroughOutage()) {
                    unlogged.incrementAndGet();
                    throw new StoreUnavailableException(store.describe() + " is unavailable, retrying shortly: " + lastError);
                }
                LockSupport.parkNanos(Math.min(PATIENCE_STEP.toNanos(), retryAt - System.nanoTime()));
                continue;
            }
            try {
                T result = call.get();
                if (down) {
                    if (writes) {
                        succeeded();
                    } else {
                        holdOff(); // a read worked; only a write proves the store is back
                    }
                }
                return result;
            } catch (StoreUnavailableException e) {
                failed(e);
                if (!waitingThroughOutage()) {
                    throw e;
                }
            }
        }
    }

    /** Whether the current outage is still young enough to wait for (a failover under way). */
    private boolean waitingThroughOutage() {
        if (patienceNanos <= 0 || Thread.currentThread().isInterrupted()) {
            return false;
        }
        synchronized (stateLock) {
            return down && System.nanoTime() - downSince < patienceNanos;
        }
    }

    private void holdOff() {
        synchronized (stateLock) {
            retryAt = System.nanoTime() + Math.max(retryNanos, patienceNanos > 0 ? PATIENCE_STEP.toNanos() : 0);
        }
    }

    private void succeeded() {
        synchronized (stateLock) {
            if (!down) {
                return;
            }
            down = false;
            long now = System.nanoTime();
            if (announced) {
                LOG.info("{} is reachable again after {} s; sessions are stored there again{}", store.describe(),
                        (now - downSince) / 1_000_000_000, flaps());
            } else {
                unloggedRecoveries++;
            }
        }
    }

    private void failed(StoreUnavailableException e) {
        long now = System.nanoTime();
        synchronized (stateLock) {
            lastError = e.getMessage();
            retryAt = now + Math.max(retryNanos, patienceNanos > 0 ? PATIENCE_STEP.toNanos() : 0);
            if (!down) {
                down = true;
                downSince = now;
                announced = false;
            }
            if (lastLogged == 0 || now - lastLogged >= LOG_EVERY_NANOS) {
                lastLogged = now;
                announced = true;
                LOG.error("store unavailable, {}: {} ({} more failures since the last such line{}; logged at most"
                        + " once a minute)", patienceNanos > 0 ? "waiting up to " + patienceNanos / 1_000_000_000
                        + " s for a failover, then answering from memory" : "answering from memory", e.getMessage(),
                        unlogged.getAndSet(0), flaps());
            } else {
                unlogged.incrementAndGet();
            }
        }
    }

    /** ", back and failing again N times" when recoveries were not logged (a disk that takes some writes and not others). */
    private String flaps() {
        String s = unloggedRecoveries == 0 ? "" : ", back and failing again " + unloggedRecoveries + " times";
        unloggedRecoveries = 0;
        return s;
    }
}
