package healthbot.store;

import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.util.JedisURIHelper;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The shared store for several instances: Redis (Jedis, a connection pool). Sessions and
 * handled-update marks expire with Redis TTLs. Per chat: a lock key taken with
 * {@code SET NX PX} and released by a Lua compare-and-delete, and a fence counter increased
 * with {@code INCR} in the same script that takes the lock; saves check the fence in a Lua
 * script, atomically with the write. Pending update ids of a chat are a sorted set (member: the
 * id, score: its expiry in Redis's own clock, {@code TIME}, so instances' clocks do not matter)
 * whose key expires with its newest entry. Review inbox entries are keys {@code i:ID} (JSON, with
 * their own TTL; ids from {@code INCR}); daily usage counters are one hash per day ({@code c:DAY},
 * {@code HINCRBY}, no TTL: they are durable and hold nothing personal). A chat's keys share a hash tag ({@code {chatId}}), so the
 * scripts also work on a Redis Cluster.
 *
 * <p>The password comes from {@code REDIS_URL} and is never logged, nor put in any message.
 */
public final class RedisStore implements ConversationStore {

    private static final String PREFIX = "healthbot:";
    private static final int TIMEOUT_MILLIS = 1_000;
    private static final long FENCE_KEPT_MILLIS = Duration.ofDays(1).toMillis();

    /** KEYS: session, fence. ARGV: body, ttl ms, fence. Returns 0 when written, else the newest fence. */
    private static final String SAVE = """
            local f = tonumber(ARGV[3])
            if f > 0 then
              local newest = tonumber(redis.call('GET', KEYS[2]) or '0')
              if f < newest then return newest end
            end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 0""";

    /** KEYS: lock, fence. ARGV: token, lease ms, fence kept ms. Returns the new fence, or 0 when held by another. */
    private static final String LOCK = """
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
              local f = redis.call('INCR', KEYS[2])
              redis.call('PEXPIRE', KEYS[2], ARGV[3])
              return f
            end
            return 0""";

    /** KEYS: lock. ARGV: token. Deletes the lock only if this token holds it. */
    private static final String UNLOCK = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""";

    /** KEYS: pending. ARGV: update id, ttl ms. Adds the id with its expiry; the key lives as long as its newest entry. */
    private static final String ADD_PENDING = """
            local t = redis.call('TIME')
            local ttl = tonumber(ARGV[2])
            redis.call('ZADD', KEYS[1], t[1] * 1000 + math.floor(t[2] / 1000) + ttl, ARGV[1])
            if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end
            return 0""";

    /** KEYS: pending. Drops expired ids; returns the lowest remaining id (as text), or nil. */
    private static final String LOWEST_PENDING = """
            local t = redis.call('TIME')
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', t[1] * 1000 + math.floor(t[2] / 1000))
            local lowest = nil
            for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
              local n = tonumber(id)
              if lowest == nil or n < lowest then lowest = n end
            end
            if lowest == nil then return false end
            return string.format('%d', lowest)""";

    private final JedisPooled redis;
    private final String where;

    private RedisStore(JedisPooled redis, String where) {
        this.redis = redis;
        this.where = where;
    }

    /**
     * A store for {@code redis://[[user]:password@]host[:port][/db]} ({@code rediss://} for TLS).
     * Connects lazily: a server that is down now is used once it is up.
     *
     * @throws IllegalArgumentException when the URL is not of that form (the message never repeats the URL, which may hold a password)
     */
    public static RedisStore open(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw badUrl("it is not a URL");
        }
        if (!JedisURIHelper.isRedisScheme(uri) && !JedisURIHelper.isRedisSSLScheme(uri)) {
            throw badUrl("the scheme must be redis:// or rediss://");
        }
        if (uri.getHost() == null) {
            throw badUrl("it names no host");
        }
        int db;
        try {
            db = JedisURIHelper.getDBIndex(uri);
        } catch (NumberFormatException e) {
            throw badUrl("the path must be a database number, e.g. /0");
        }
        HostAndPort hostAndPort = new HostAndPort(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379);
        boolean tls = JedisURIHelper.isRedisSSLScheme(uri);
        DefaultJedisClientConfig config = DefaultJedisClientConfig.builder()
                .user(JedisURIHelper.getUser(uri))
                .password(JedisURIHelper.getPassword(uri))
                .database(db)
                .ssl(tls)
                .connectionTimeoutMillis(TIMEOUT_MILLIS)
                .socketTimeoutMillis(TIMEOUT_MILLIS)
                .clientName("healthbot")
                .build();
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(32);
        pool.setMaxIdle(32);
        pool.setMaxWait(Duration.ofMillis(TIMEOUT_MILLIS));
        pool.setJmxEnabled(false);
        String where = "redis " + (tls ? "(tls) " : "") + hostAndPort + "/" + db;
        return new RedisStore(new JedisPooled(pool, hostAndPort, config), where);
    }

    private static IllegalArgumentException badUrl(String why) {
        return new IllegalArgumentException("REDIS_URL is not usable: " + why + "; expected"
                + " redis://[:password@]host:port[/db] or rediss://... for TLS (the value is not shown: it may hold a password)");
    }

    private static String sessionKey(String chatId) {
        return PREFIX + "s:{" + chatId + "}";
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
        return call("load a session", () -> Optional.ofNullable(redis.get(sessionKey(chatId))));
    }

    @Override
    public void saveSession(String chatId, String encoded, Duration ttl, long fence) {
        long newest = call("save a session", () -> (Long) redis.eval(SAVE,
                List.of(sessionKey(chatId), fenceKey(chatId)),
                List.of(encoded, Long.toString(Math.max(1, ttl.toMillis())), Long.toString(fence))));
        if (newest != 0) {
            throw new StaleFenceException(chatId, fence, newest);
        }
    }

    @Override
    public void forget(String chatId) {
        call("forget a chat", () -> redis.del(sessionKey(chatId)));
    }

    @Override
    public boolean isHandled(long updateId) {
        return call("check an update id", () -> redis.exists(handledKey(updateId)));
    }

    @Override
    public void markHandled(long updateId, Duration ttl) {
        call("mark an update id handled", () -> redis.set(handledKey(updateId), "1",
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
            long fence = call("take a chat lock", () -> (Long) redis.eval(LOCK, keys, args));
            if (fence > 0) {
                return new HeldLock(chatId, fence, () -> release(chatId, token));
            }
            if (System.nanoTime() >= deadline) {
                throw new ChatLockTimeoutException(chatId, maxWait, where);
            }
            LockSupport.parkNanos(pauseNanos);
            pauseNanos = Math.min(pauseNanos * 2, 20_000_000);
        }
    }

    private void release(String chatId, String token) {
        try {
            call("release a chat lock", () -> redis.eval(UNLOCK, List.of(lockKey(chatId)), List.of(token)));
        } catch (StoreUnavailableException e) {
            // the lease expires by itself
        }
    }

    @Override
    public void addPending(String chatId, long updateId, Duration ttl) {
        call("record a pending update id", () -> redis.eval(ADD_PENDING, List.of(pendingKey(chatId)),
                List.of(Long.toString(updateId), Long.toString(Math.max(1, ttl.toMillis())))));
    }

    @Override
    public OptionalLong lowestPending(String chatId) {
        Object lowest = call("read the lowest pending update id",
                () -> redis.eval(LOWEST_PENDING, List.of(pendingKey(chatId)), List.of()));
        return lowest == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lowest.toString()));
    }

    @Override
    public void removePending(String chatId, long updateId) {
        call("remove a pending update id", () -> redis.zrem(pendingKey(chatId), Long.toString(updateId)));
    }

    private static String inboxKey(String id) {
        return PREFIX + "i:" + id;
    }

    private static String countsKey(LocalDate day) {
        return PREFIX + "c:" + day;
    }

    @Override
    public String addToInbox(InboxEntry entry, Duration ttl) {
        return call("keep a message for review", () -> {
            String id = Long.toString(redis.incr(PREFIX + "inbox-ids"));
            redis.set(inboxKey(id), InboxCodec.encode(entry), SetParams.setParams().px(Math.max(1, ttl.toMillis())));
            return id;
        });
    }

    @Override
    public List<InboxEntry> inbox() {
        return call("read the review inbox", () -> {
            List<InboxEntry> out = new ArrayList<>();
            for (String key : scan(PREFIX + "i:*")) {
                String json = redis.get(key); // null when it expired since the scan
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
        return call("remove a message from the review inbox", () -> redis.del(inboxKey(id)) > 0);
    }

    @Override
    public void addCount(UsageKey key, long n) {
        call("add to a usage count", () -> redis.hincrBy(countsKey(key.day()), key.field(), n));
    }

    @Override
    public List<UsageCount> counts(LocalDate from) {
        return call("read the usage counts", () -> {
            List<UsageCount> out = new ArrayList<>();
            for (String key : scan(PREFIX + "c:*")) {
                LocalDate day = LocalDate.parse(key.substring((PREFIX + "c:").length()));
                if (!day.isBefore(from)) {
                    redis.hgetAll(key).forEach((field, n) -> out.add(new UsageCount(UsageKey.of(day, field), Long.parseLong(n))));
                }
            }
            out.sort(Comparator.comparing((UsageCount c) -> c.key().day()).thenComparing(c -> c.key().field()));
            return out;
        });
    }

    /** Every key matching {@code pattern} (SCAN, never KEYS: it does not block the server). */
    private List<String> scan(String pattern) {
        ScanParams params = new ScanParams().match(pattern).count(1000);
        String cursor = ScanParams.SCAN_POINTER_START;
        List<String> keys = new ArrayList<>();
        do {
            ScanResult<String> page = redis.scan(cursor, params);
            keys.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return keys;
    }

    @Override
    public StoreHealth health() {
        try {
            call("check the store", () -> redis.set(PREFIX + "health", "1", SetParams.setParams().px(60_000)));
            return StoreHealth.up(where);
        } catch (StoreUnavailableException e) {
            return StoreHealth.down(where, e.getMessage());
        }
    }

    @Override
    public long sessionCount() {
        return call("count sessions", () -> (long) scan(PREFIX + "s:*").size());
    }

    @Override
    public String describe() {
        return where;
    }

    @Override
    public void close() {
        try {
            redis.close();
        } catch (RuntimeException e) {
            // closing a pool of broken connections: nothing left to release
        }
    }

    private <T> T call(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (JedisException e) {
            throw new StoreUnavailableException(where + ": could not " + what + ": " + e.getMessage()
                    + "; check that the Redis server is running and reachable, and that REDIS_URL"
                    + " (host, port, password, database) is right", e);
        }
    }
}
