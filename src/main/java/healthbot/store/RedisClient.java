package healthbot.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisSentineled;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The Jedis client of a {@link RedisStore}, made on first use and, after that failed, again at
 * most once a second: a Sentinel client cannot be made while no sentinel answers, and the bot
 * starts (answering from memory) all the same, using Redis as soon as a sentinel names a primary.
 * Logs (once) each primary the sentinels name: Jedis's own lines about it are switched off in
 * {@code simplelogger.properties}, since its sentinel listener logs a stack trace a second while
 * a sentinel is down.
 */
final class RedisClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisClient.class);

    private static final long RETRY_NANOS = 1_000_000_000L;

    private final RedisEndpoint endpoint;
    private volatile UnifiedJedis jedis;
    private long nextTry;
    private String lastFailure = "";
    private boolean closed;
    private volatile HostAndPort primary;

    RedisClient(RedisEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** @throws JedisException when the client cannot be made now (no sentinel answers, or none knows the primary) */
    UnifiedJedis get() {
        UnifiedJedis j = jedis;
        if (j != null) {
            noticePrimary(j);
            return j;
        }
        synchronized (this) {
            if (jedis != null) {
                return jedis;
            }
            if (closed) {
                throw new JedisConnectionException("the store is closed");
            }
            long now = System.nanoTime();
            if (nextTry != 0 && now - nextTry < 0) {
                throw new JedisConnectionException(lastFailure);
            }
            try {
                jedis = endpoint.connect();
                noticePrimary(jedis);
                return jedis;
            } catch (JedisException e) {
                nextTry = now + RETRY_NANOS;
                lastFailure = endpoint.sentineled() ? "no sentinel of " + endpoint.sentinelList() + " named the primary ("
                        + e.getMessage() + ")" : e.getMessage();
                throw new JedisConnectionException(lastFailure, e);
            }
        }
    }

    private void noticePrimary(UnifiedJedis j) {
        if (j instanceof JedisSentineled s) {
            HostAndPort now = s.getCurrentMaster();
            HostAndPort before = primary;
            if (now != null && !now.equals(before)) {
                primary = now;
                if (before == null) {
                    LOG.info("the sentinels name the Redis primary at {}", now);
                } else {
                    LOG.warn("the sentinels name a new Redis primary at {} (was {}): a failover; following it", now, before);
                }
            }
        }
    }

    /** The endpoint, and for Sentinel the primary it currently names; never a password. */
    String describe() {
        UnifiedJedis j = jedis;
        if (j instanceof JedisSentineled s && s.getCurrentMaster() != null) {
            return endpoint.describe() + " (primary now at " + s.getCurrentMaster() + ")";
        }
        return endpoint.describe();
    }

    String howToFix() {
        if (endpoint.sentineled()) {
            return "check that the sentinels (REDIS_SENTINELS) run and monitor the primary named REDIS_MASTER, that"
                    + " a primary is up (a failover takes a few seconds) and that REDIS_PASSWORD and"
                    + " REDIS_SENTINEL_PASSWORD are right";
        }
        return "check that the Redis server is running and reachable, and that REDIS_URL (host, port, password,"
                + " database) is right";
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (jedis != null) {
            try {
                jedis.close();
            } catch (RuntimeException e) {
                // closing a pool of broken connections: nothing left to release
            }
            jedis = null;
        }
    }
}
