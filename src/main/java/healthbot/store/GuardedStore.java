package healthbot.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What the factory hands out: a store whose outages cost little. After a failure it stops
 * calling the store for a short retry interval (failing at once, so a message is answered from
 * memory instead of waiting for a timeout on every call), logs the error at most once a minute
 * with the number of failures since, reports itself down until a call succeeds again, and logs
 * the recovery. Lock and fence refusals are not outages and pass through unchanged.
 */
final class GuardedStore implements ConversationStore {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedStore.class);
    private static final long LOG_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final ConversationStore store;
    private final long retryNanos;
    private final Object stateLock = new Object();
    private volatile boolean down;
    private volatile String lastError = "";
    private long downSince;
    private long retryAt;
    private long lastLogged;
    private final AtomicLong unlogged = new AtomicLong();

    GuardedStore(ConversationStore store, Duration retryInterval) {
        this.store = store;
        this.retryNanos = retryInterval.toNanos();
    }

    @Override
    public Optional<String> loadSession(String chatId) {
        return guard(() -> store.loadSession(chatId));
    }

    @Override
    public void saveSession(String chatId, String encoded, Duration ttl, long fence) {
        guard(() -> {
            store.saveSession(chatId, encoded, ttl, fence);
            return null;
        });
    }

    @Override
    public void forget(String chatId) {
        guard(() -> {
            store.forget(chatId);
            return null;
        });
    }

    @Override
    public boolean isHandled(long updateId) {
        return guard(() -> store.isHandled(updateId));
    }

    @Override
    public void markHandled(long updateId, Duration ttl) {
        guard(() -> {
            store.markHandled(updateId, ttl);
            return null;
        });
    }

    @Override
    public ChatLock lockChat(String chatId, Duration lease, Duration maxWait) {
        return guard(() -> store.lockChat(chatId, lease, maxWait));
    }

    @Override
    public void addPending(String chatId, long updateId, Duration ttl) {
        guard(() -> {
            store.addPending(chatId, updateId, ttl);
            return null;
        });
    }

    @Override
    public OptionalLong lowestPending(String chatId) {
        return guard(() -> store.lowestPending(chatId));
    }

    @Override
    public void removePending(String chatId, long updateId) {
        guard(() -> {
            store.removePending(chatId, updateId);
            return null;
        });
    }

    @Override
    public String addToInbox(InboxEntry entry, Duration ttl) {
        return guard(() -> store.addToInbox(entry, ttl));
    }

    @Override
    public List<InboxEntry> inbox() {
        return guard(store::inbox);
    }

    @Override
    public boolean removeFromInbox(String id) {
        return guard(() -> store.removeFromInbox(id));
    }

    @Override
    public void addCount(UsageKey key, long n) {
        guard(() -> {
            store.addCount(key, n);
            return null;
        });
    }

    @Override
    public List<UsageCount> counts(LocalDate from) {
        return guard(() -> store.counts(from));
    }

    @Override
    public StoreHealth health() {
        if (down && System.nanoTime() - retryAt < 0) {
            return StoreHealth.down(store.describe(), lastError);
        }
        StoreHealth h = store.health();
        if (h.up()) {
            succeeded();
        } else {
            failed(new StoreUnavailableException(h.detail()));
        }
        return h;
    }

    @Override
    public long sessionCount() {
        return guard(store::sessionCount);
    }

    @Override
    public String describe() {
        return store.describe();
    }

    @Override
    public void close() {
        store.close();
    }

    private <T> T guard(Supplier<T> call) {
        if (down && System.nanoTime() - retryAt < 0) {
            unlogged.incrementAndGet();
            throw new StoreUnavailableException(store.describe() + " is unavailable, retrying shortly: " + lastError);
        }
        try {
            T result = call.get();
            if (down) {
                succeeded();
            }
            return result;
        } catch (StoreUnavailableException e) {
            failed(e);
            throw e;
        }
    }

    private void succeeded() {
        synchronized (stateLock) {
            if (down) {
                down = false;
                LOG.info("{} is reachable again after {} s; sessions are stored there again",
                        store.describe(), (System.nanoTime() - downSince) / 1_000_000_000);
            }
        }
    }

    private void failed(StoreUnavailableException e) {
        long now = System.nanoTime();
        synchronized (stateLock) {
            lastError = e.getMessage();
            retryAt = now + retryNanos;
            if (!down) {
                down = true;
                downSince = now;
            }
            if (lastLogged == 0 || now - lastLogged >= LOG_EVERY_NANOS) {
                lastLogged = now;
                LOG.error("store unavailable, answering from memory: {} ({} more failures since the last"
                        + " such line; logged at most once a minute)", e.getMessage(), unlogged.getAndSet(0));
            } else {
                unlogged.incrementAndGet();
            }
        }
    }
}
