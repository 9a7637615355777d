package healthbot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The store of one process, in its memory: consoles, dialogue scripts, eval and tests. Same
 * contract as the durable stores (expiry, fencing, lock leases, pending ids), nothing survives the process.
 */
public final class InMemoryStore implements ConversationStore {

    private static final int SWEEP_EVERY = 4096;

    /** A session, the update that produced it ({@code 0}: none known) and the session before that update (null: none). */
    private record Entry(String value, long expiresAtMillis, long producedBy, String prior) {}

    private record Lease(long token, long fence, long expiresAtMillis) {}

    private final Clock clock;
    private final ConcurrentHashMap<String, Entry> sessions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Long> handled = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Lease> locks = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> fences = new ConcurrentHashMap<>();
    /** per chat: pending update id -> expiry (millis), ordered by id */
    private final ConcurrentHashMap<String, ConcurrentSkipListMap<Long, Long>> pending = new ConcurrentHashMap<>();
    /** inbox id -> entry, with its expiry */
    private final ConcurrentHashMap<Long, Entry> inbox = new ConcurrentHashMap<>();
    private final AtomicLong inboxIds = new AtomicLong();
    private final ConcurrentHashMap<UsageKey, Long> counts = new ConcurrentHashMap<>();
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicInteger untilSweep = new AtomicInteger(SWEEP_EVERY);
    private final AnswersInProgress answers = new AnswersInProgress();

    public InMemoryStore() {
        this(Clock.systemUTC());
    }

    /** @param clock decides expiry of sessions, handled ids and lock leases */
    public InMemoryStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<String> loadSession(String chatId) {
        Entry e = sessions.get(chatId);
        if (e == null || e.expiresAtMillis <= clock.millis()) {
            return Optional.empty();
        }
        long update = answers.updateOf(chatId);
        if (update != AnswersInProgress.NONE && e.producedBy == update) {
            return Optional.ofNullable(e.prior); // being answered again: from the state before it
        }
        return Optional.of(e.value);
    }

    @Override
    public AnswerScope answering(String chatId, long updateId) {
        return answers.begin(chatId, updateId);
    }

    @Override
    public void saveSession(String chatId, String encoded, Duration ttl, long fence) {
        long now = clock.millis();
        sweepNow(now);
        long update = answers.updateOf(chatId);
        // the fence check and the write happen under the fence counter's bin lock: atomic
        long[] newest = {0};
        fences.compute(chatId, (id, current) -> {
            long c = current == null ? 0 : current;
            if (fence != NO_FENCE && fence < c) {
                newest[0] = c;
            } else {
                sessions.compute(chatId, (k, old) -> next(old, encoded, now + ttl.toMillis(), update, now));
            }
            return current;
        });
        if (newest[0] > 0) {
            throw new StaleFenceException(chatId, fence, newest[0]);
        }
    }

    /** The entry a save leaves: with the update that produced it and the session before that update. */
    private static Entry next(Entry old, String encoded, long expires, long update, long now) {
        if (update == AnswersInProgress.NONE) {
            return new Entry(encoded, expires, AnswersInProgress.NONE, null);
        }
        Entry live = old == null || old.expiresAtMillis <= now ? null : old;
        String prior = live == null ? null : live.producedBy == update ? live.prior : live.value;
        return new Entry(encoded, expires, update, prior);
    }

    @Override
    public void forget(String chatId) {
        sessions.remove(chatId);
    }

    @Override
    public boolean isHandled(long updateId) {
        Long expires = handled.get(updateId);
        return expires != null && expires > clock.millis();
    }

    @Override
    public void markHandled(long updateId, Duration ttl) {
        long now = clock.millis();
        sweepNow(now);
        handled.put(updateId, now + ttl.toMillis());
    }

    @Override
    public ChatLock lockChat(String chatId, Duration lease, Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        long token = tokens.incrementAndGet();
        long pauseNanos = 20_000;
        while (true) {
            long now = clock.millis();
            Lease taken = locks.compute(chatId, (id, old) -> {
                if (old != null && old.expiresAtMillis > now) {
                    return old;
                }
                long fence = fences.merge(chatId, 1L, Long::sum);
                return new Lease(token, fence, now + lease.toMillis());
            });
            if (taken.token == token) {
                return new HeldLock(chatId, taken.fence, () -> release(chatId, token));
            }
            if (System.nanoTime() >= deadline) {
                throw new ChatLockTimeoutException(chatId, maxWait, describe());
            }
            LockSupport.parkNanos(pauseNanos);
            pauseNanos = Math.min(pauseNanos * 2, 5_000_000);
        }
    }

    private void release(String chatId, long token) {
        locks.computeIfPresent(chatId, (id, l) -> l.token == token ? null : l);
    }

    @Override
    public void addPending(String chatId, long updateId, Duration ttl) {
        long expires = clock.millis() + ttl.toMillis();
        pending.compute(chatId, (id, ids) -> {
            ConcurrentSkipListMap<Long, Long> m = ids == null ? new ConcurrentSkipListMap<>() : ids;
            m.put(updateId, expires);
            return m;
        });
    }

    @Override
    public OptionalLong lowestPending(String chatId) {
        long now = clock.millis();
        long[] lowest = {0};
        boolean[] found = {false};
        pending.computeIfPresent(chatId, (id, ids) -> {
            ids.values().removeIf(expires -> expires <= now);
            Map.Entry<Long, Long> first = ids.firstEntry();
            if (first != null) {
                lowest[0] = first.getKey();
                found[0] = true;
            }
            return ids.isEmpty() ? null : ids;
        });
        return found[0] ? OptionalLong.of(lowest[0]) : OptionalLong.empty();
    }

    @Override
    public void removePending(String chatId, long updateId) {
        pending.computeIfPresent(chatId, (id, ids) -> {
            ids.remove(updateId);
            return ids.isEmpty() ? null : ids;
        });
    }

    @Override
    public String addToInbox(InboxEntry entry, Duration ttl) {
        long id = inboxIds.incrementAndGet();
        inbox.put(id, new Entry(InboxCodec.encode(entry), clock.millis() + ttl.toMillis(), AnswersInProgress.NONE, null));
        return Long.toString(id);
    }

    @Override
    public List<InboxEntry> inbox() {
        long now = clock.millis();
        inbox.values().removeIf(e -> e.expiresAtMillis <= now);
        List<InboxEntry> out = new ArrayList<>();
        inbox.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.add(InboxCodec.decode(Long.toString(e.getKey()), e.getValue().value)));
        return out;
    }

    @Override
    public boolean removeFromInbox(String id) {
        try {
            Entry removed = inbox.remove(Long.parseLong(id));
            return removed != null && removed.expiresAtMillis > clock.millis();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public void addCount(UsageKey key, long n) {
        counts.merge(key, n, Long::sum);
    }

    @Override
    public List<UsageCount> counts(LocalDate from) {
        return counts.entrySet().stream().filter(e -> !e.getKey().day().isBefore(from))
                .map(e -> new UsageCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((UsageCount c) -> c.key().day()).thenComparing(c -> c.key().field()))
                .toList();
    }

    @Override
    public StoreHealth health() {
        return StoreHealth.up(describe());
    }

    @Override
    public long sessionCount() {
        long now = clock.millis();
        return sessions.values().stream().filter(e -> e.expiresAtMillis > now).count();
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public void close() {
        sessions.clear();
        handled.clear();
        locks.clear();
        pending.clear();
        inbox.clear();
        counts.clear();
    }

    private void sweepNow(long now) {
        if (untilSweep.decrementAndGet() <= 0) {
            untilSweep.set(SWEEP_EVERY);
            sessions.values().removeIf(e -> e.expiresAtMillis <= now);
            handled.values().removeIf(expires -> expires <= now);
            locks.values().removeIf(l -> l.expiresAtMillis <= now);
            pending.keySet().forEach(this::lowestPending); // drops expired ids, and chats left with none
        }
    }
}
