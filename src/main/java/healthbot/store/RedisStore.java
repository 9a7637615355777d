package healthbot.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.ScanResult;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * The shared store for several instances: Redis (Jedis, a connection pool), one server
 * ({@code REDIS_URL}) or a primary found through Sentinel ({@code REDIS_SENTINELS}), whose
 * failovers the pool follows by itself. Sessions and handled-update marks expire with Redis
 * TTLs; a chat's lock is {@code SET NX PX} released by compare-and-delete; the scripts are in
 * {@link RedisScripts}. Pending update ids of a chat are a sorted set scored by their expiry in
 * Redis's own clock ({@code TIME}), so instances' clocks do not matter. The password is never
 * logged, nor put in any message.
 *
 * <p>Review inbox entries are keys {@code i:ID} (JSON, with their own TTL; ids from
 * {@code INCR}); daily usage counters are one hash per day ({@code c:DAY}, {@code HINCRBY}, no
 * TTL: they are durable and hold nothing personal). Neither is waited for across a failover:
 * a lost entry or increment costs one message not reviewed or one count low.
 *
 * <h2>Across a failover</h2>
 * Redis replicates asynchronously: a primary that dies may take its last writes with it, and the
 * replica Sentinel promotes carries on without them. Record by record:
 * <ul>
 *   <li><b>session</b>: when the primary has a replica online, each save is followed, on the same
 *       connection, by {@code WAIT 1} (at most {@link #WAIT_MILLIS}); a save no replica
 *       acknowledged marks the update's {@link AnswerScope} {@linkplain AnswerScope#unreplicated()
 *       unreplicated}, and the webhook then sends nothing and answers 503. So a resident only sees
 *       replies whose session a replica holds, and never answers a question the store could
 *       forget: Telegram delivers the update again and it is answered from the state before it
 *       (the session before the update is kept with it, see {@link AnswerScope}). A primary
 *       without an online replica cannot be replaced by one, so its saves are not waited for;</li>
 *   <li><b>a session that went back in time</b>: a save the replica never acknowledged (its
 *       reply held back) is lost with the primary; and, rarely, an acknowledged one (several
 *       replicas, and the one that acknowledged was not reachable when Sentinel promoted the most
 *       up-to-date of the others). A load that finds a session produced by an earlier update than
 *       the copy this process keeps of its own last writes ({@link RecentSessions}) uses that
 *       copy, and logs it once a minute, rather than reading the resident's answer against a
 *       question asked before. Which copy: only one produced by an <em>earlier</em> update than
 *       the one being answered. An update whose reply was held back comes again from Telegram
 *       and is answered from the session before it, never from the one it produced (the state
 *       after it); the copy before that is kept for a primary that lost both. Another instance
 *       has no copy: it answers from the older session, which is the state a reply the resident
 *       saw was computed from whenever that reply was acknowledged, so a lost unacknowledged save
 *       costs nothing, and only the double fault above can make it re-ask a question;</li>
 *   <li><b>fence</b>: a lock's fence is at least the server's clock in microseconds, so the
 *       promoted replica hands out fences above every one handed out before the failover even
 *       if it missed the last increments (the servers' clocks in step, NTP), and a holder from
 *       before the failover cannot overwrite a session written after it (its save is refused as
 *       stale);</li>
 *   <li><b>chat lock</b>: a lock lost in the failover lets a second instance into the chat while
 *       the first still answers; the fence above decides which save wins, the loser answers 503
 *       and its update is delivered again;</li>
 *   <li><b>handled-update mark</b>: not waited for. A mark matters only for an update delivered
 *       again, and the webhook says 200 (so Telegram stops delivering it) only after marking; a
 *       mark lost in the same instant as a 200 costs at most that update answered twice;</li>
 *   <li><b>pending ids</b>: not waited for; one lost only lets a chat's later update be answered
 *       before an earlier one that was in flight at the failover, once.</li>
 * </ul>
 * While no primary can be reached (between the primary's death and the promotion), calls fail
 * and the guard ({@link GuardedStore}, with the failover wait as its patience) makes them wait.
 */
public final class RedisStore implements ConversationStore {

    private static final Logger LOG = LoggerFactory.getLogger(RedisStore.class);
    private static final String PREFIX = "healthbot:";
    private static final long FENCE_KEPT_MILLIS = Duration.ofDays(1).toMillis();
    /** How long a save waits for a replica's acknowledgement before its reply is held back. */
    static final long WAIT_MILLIS = 500;
    private static final long LOG_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final RedisClient client;
    private final ReplicaWatch replicas;
    private final AnswersInProgress answers = new AnswersInProgress();
    private final RecentSessions recent = new RecentSessions(4096);
    private final AtomicLong lastRollbackLog = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);
    private final AtomicLong rollbacks = new AtomicLong();

    private RedisStore(RedisEndpoint endpoint) {
        this.client = new RedisClient(endpoint);
        this.replicas = new ReplicaWatch(this::describe);
    }

    /**
     * A store for {@code redis://[[user]:password@]host[:port][/db]} ({@code rediss://} for TLS).
     * Connects lazily: a server that is down now is used once it is up.
     *
     * @throws IllegalArgumentException when the URL is not of that form (the message never repeats the URL, which may hold a password)
     */
    public static RedisStore open(String url) {
        return new RedisStore(RedisEndpoint.url(url));
    }

    /** A store on the primary that {@code endpoint}'s sentinels name; connects lazily as well. */
    static RedisStore open(RedisEndpoint endpoint) {
        return new RedisStore(endpoint);
    }

    private static String sessionKey(String chatId) {
        return PREFIX + "s:{" + chatId + "}";
    }

    private static String answerKey(String chatId) {
        return PREFIX + "a:{" + chatId + "}";
    }

    private static String fenceKey(String chatId) {
        return PREFIX + "f:{" + chatId + "}";
    }

    private static String lockKey(String chatId) {
        return PREFIX + "l:{" + chatId + "}";
    }

    private static String pendingKey(String chatId) {
        return PREFIX + "p:{" + chatId + "}";
    }

    private static String handledKey(long updateId) {
        return PREFIX + "u:" + updateId;
    }

    @Override
    public Optional<String> loadSession(String chatId) {
        long update = answers.updateOf(chatId);
        Object reply = call("load a session", r -> r.eval(RedisScripts.LOAD,
                List.of(sessionKey(chatId), answerKey(chatId)), List.of(Long.toString(update))));
        List<?> parts = (List<?>) reply;
        String kind = parts.get(0).toString();
        long storedBy = Long.parseLong(parts.get(1).toString());
        if (kind.equals("none")) {
            return Optional.empty();
        }
        String body = parts.get(2).toString();
        if (kind.equals("body")) {
            String newer = recent.newerThan(chatId, storedBy, update, System.currentTimeMillis());
            if (newer != null) {
                wentBackInTime(chatId);
                return Optional.of(newer);
            }
        }
        return Optional.of(body);
    }

    @Override
    public AnswerScope answering(String chatId, long updateId) {
        return answers.begin(chatId, updateId);
    }

    @Override
    public void saveSession(String chatId, String encoded, Duration ttl, long fence) {
        long update = answers.updateOf(chatId);
        long ttlMillis = Math.max(1, ttl.toMillis());
        List<String> keys = List.of(sessionKey(chatId), fenceKey(chatId), answerKey(chatId));
        List<String> args = List.of(encoded, Long.toString(ttlMillis), Long.toString(fence), Long.toString(update));
        boolean waitForReplica = replicas.online(client::get) > 0;
        long[] result = call("save a session", r -> {
            if (!waitForReplica) {
                return new long[] {(Long) r.eval(RedisScripts.SAVE, keys, args), 1};
            }
            try (Pipeline p = (Pipeline) r.pipelined()) { // one connection: WAIT covers this very write
                Response<Object> saved = p.eval(RedisScripts.SAVE, keys, args);
                Response<Long> acks = p.waitReplicas(1, WAIT_MILLIS);
                p.sync();
                return new long[] {(Long) saved.get(), acks.get()};
            }
        });
        if (result[0] != 0) {
            throw new StaleFenceException(chatId, fence, result[0]);
        }
        if (result[1] < 1 && replicas.onlineNow(client::get) > 0) {
            answers.unreplicated(chatId);
            replicas.notAcknowledged();
        }
        if (update != AnswersInProgress.NONE) {
            recent.wrote(chatId, update, encoded, System.currentTimeMillis() + ttlMillis);
        } else {
            recent.forgot(chatId); // this save is the newest this process knows of
        }
    }

    @Override
    public void forget(String chatId) {
        recent.forgot(chatId);
        call("forget a chat", r -> r.del(sessionKey(chatId), answerKey(chatId)));
    }

    @Override
    public boolean isHandled(long updateId) {
        return call("check an update id", r -> r.exists(handledKey(updateId)));
    }

    @Override
    public void markHandled(long updateId, Duration ttl) {
        call("mark an update id handled", r -> r.set(handledKey(updateId), "1",
                SetParams.setParams().px(Math.max(1, ttl.toMillis()))));
    }

    @Override
    public ChatLock lockChat(String chatId, Duration lease, Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        String token = UUID.randomUUID().toString();
        List<String> keys = List.of(lockKey(chatId), fenceKey(chatId));
        List<String> args = List.of(token, Long.toString(Math.max(1, lease.toMillis())),
                Long.toString(Math.max(lease.toMillis(), FENCE_KEPT_MILLIS)));
        long pauseNanos = 200_000;
        while (true) {
            long fence = call("take a chat lock", r -> (Long) r.eval(RedisScripts.LOCK, keys, args));
            if (fence > 0) {
                return new HeldLock(chatId, fence, () -> release(chatId, token));
            }
            if (System.nanoTime() >= deadline) {
                throw new ChatLockTimeoutException(chatId, maxWait, describe());
            }
            LockSupport.parkNanos(pauseNanos);
            pauseNanos = Math.min(pauseNanos * 2, 20_000_000);
        }
    }

    private void release(String chatId, String token) {
        try {
            call("release a chat lock", r -> r.eval(RedisScripts.UNLOCK, List.of(lockKey(chatId)), List.of(token)));
        } catch (StoreUnavailableException e) {
            // the lease expires by itself
        }
    }

    @Override
    public void addPending(String chatId, long updateId, Duration ttl) {
        call("record a pending update id", r -> r.eval(RedisScripts.ADD_PENDING, List.of(pendingKey(chatId)),
                List.of(Long.toString(updateId), Long.toString(Math.max(1, ttl.toMillis())))));
    }

    @Override
    public OptionalLong lowestPending(String chatId) {
        Object lowest = call("read the lowest pending update id",
                r -> r.eval(RedisScripts.LOWEST_PENDING, List.of(pendingKey(chatId)), List.of()));
        return lowest == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lowest.toString()));
    }

    @Override
    public void removePending(String chatId, long updateId) {
        call("remove a pending update id", r -> r.zrem(pendingKey(chatId), Long.toString(updateId)));
    }

    private static String inboxKey(String id) {
        return PREFIX + "i:" + id;
    }

    private static String countsKey(LocalDate day) {
        return PREFIX + "c:" + day;
    }

    @Override
    public String addToInbox(InboxEntry entry, Duration ttl) {
        return call("keep a message for review", r -> {
            String id = Long.toString(r.incr(PREFIX + "inbox-ids"));
            r.set(inboxKey(id), InboxCodec.encode(entry), SetParams.setParams().px(Math.max(1, ttl.toMillis())));
            return id;
        });
    }

    @Override
    public List<InboxEntry> inbox() {
        return call("read the review inbox", r -> {
            List<InboxEntry> out = new ArrayList<>();
            for (String key : scan(r, PREFIX + "i:*")) {
                String json = r.get(key); // null when it expired since the scan
                if (json != null) {
                    out.add(InboxCodec.decode(key.substring((PREFIX + "i:").length()), json));
                }
            }
            out.sort(Comparator.comparingLong(e -> Long.parseLong(e.id())));
            return out;
        });
    }

    @Override
    public boolean removeFromInbox(String id) {
        return call("remove a message from the review inbox", r -> r.del(inboxKey(id)) > 0);
    }

    @Override
    public void addCount(UsageKey key, long n) {
        call("add to a usage count", r -> r.hincrBy(countsKey(key.day()), key.field(), n));
    }

    @Override
    public List<UsageCount> counts(LocalDate from) {
        return call("read the usage counts", r -> {
            List<UsageCount> out = new ArrayList<>();
            for (String key : scan(r, PREFIX + "c:*")) {
                LocalDate day = LocalDate.parse(key.substring((PREFIX + "c:").length()));
                if (!day.isBefore(from)) {
                    r.hgetAll(key).forEach((field, n) -> out.add(new UsageCount(UsageKey.of(day, field), Long.parseLong(n))));
                }
            }
            out.sort(Comparator.comparing((UsageCount c) -> c.key().day()).thenComparing(c -> c.key().field()));
            return out;
        });
    }

    /** Every key matching {@code pattern} (SCAN, never KEYS: it does not block the server). */
    private static List<String> scan(UnifiedJedis r, String pattern) {
        ScanParams params = new ScanParams().match(pattern).count(1000);
        String cursor = ScanParams.SCAN_POINTER_START;
        List<String> keys = new ArrayList<>();
        do {
            ScanResult<String> page = r.scan(cursor, params);
            keys.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return keys;
    }

    /**
     * Up when the primary takes a write (and, if it has a replica online, the replica acknowledges
     * it in time); never throws.
     */
    @Override
    public StoreHealth health() {
        try {
            String trouble = call("check the store", r -> replicas.probe(r, PREFIX + "health"));
            return trouble == null ? StoreHealth.up(describe()) : StoreHealth.down(describe(), trouble);
        } catch (StoreUnavailableException e) {
            return StoreHealth.down(describe(), e.getMessage());
        }
    }

    @Override
    public long sessionCount() {
        return call("count sessions", r -> (long) scan(r, PREFIX + "s:*").size());
    }

    @Override
    public String describe() {
        return client.describe();
    }

    @Override
    public void close() {
        client.close();
    }

    private void wentBackInTime(String chatId) {
        long now = System.nanoTime();
        long last = lastRollbackLog.get();
        long n = rollbacks.incrementAndGet();
        if (now - last >= LOG_EVERY_NANOS && lastRollbackLog.compareAndSet(last, now)) {
            rollbacks.set(0);
            LOG.warn("{}: the stored session of chat {} is older than the one this instance saved last (the primary"
                    + " lost writes in a failover); answering from this instance's copy ({} such chats since the last"
                    + " such line; logged at most once a minute)", describe(), chatId, n);
        }
    }

    private <T> T call(String what, Function<UnifiedJedis, T> work) {
        try {
            return work.apply(client.get());
        } catch (JedisException e) {
            throw new StoreUnavailableException(describe() + ": could not " + what + ": " + e.getMessage()
                    + "; " + client.howToFix(), e);
        }
    }
}
