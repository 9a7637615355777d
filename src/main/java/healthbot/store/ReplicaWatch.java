package healthbot.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * How many replicas the Redis primary has online ({@code INFO replication}, asked at most once a
 * second), which decides whether a save waits for a replica's acknowledgement: with none online
 * no failover can replace the primary, so there is nothing to wait for. Logs when that number
 * changes (a primary left without a replica cannot be failed over), and, at most once a minute,
 * saves that no replica acknowledged in time.
 */
final class ReplicaWatch {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaWatch.class);
    private static final long REFRESH_NANOS = 1_000_000_000L;
    private static final long LOG_EVERY_NANOS = 60_000_000_000L;

    private final Supplier<String> where;
    private volatile long online = -1; // not asked yet
    private final AtomicLong checkedAt = new AtomicLong(System.nanoTime() - REFRESH_NANOS);
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);
    private final AtomicLong unacknowledged = new AtomicLong();

    ReplicaWatch(Supplier<String> where) {
        this.where = where;
    }

    /** Replicas online at the last look (refreshed when older than a second; an error keeps the last answer). */
    long online(Supplier<UnifiedJedis> client) {
        long last = checkedAt.get();
        long now = System.nanoTime();
        if (now - last >= REFRESH_NANOS && checkedAt.compareAndSet(last, now)) {
            try {
                seen(count(client.get().info("replication")));
            } catch (JedisException e) {
                // the save itself reports the store's trouble
            }
        }
        return Math.max(0, online);
    }

    private void seen(long now) {
        long before = online;
        online = now;
        if (before >= 0 && before != now) {
            if (now == 0) {
                LOG.warn("{}: the primary has no replica online any more: saves are not waited for, and a failure of the"
                        + " primary now cannot be failed over (start a replica; Sentinel reconfigures a restarted old"
                        + " primary as one)", where.get());
            } else {
                LOG.info("{}: the primary has {} replica(s) online; each save waits for one to acknowledge it",
                        where.get(), now);
            }
        }
    }

    /**
     * Replicas online now, asked at once: after a save no replica acknowledged, to tell a lagging
     * replica (the save may be lost) from a primary that has none any more (a replica just promoted
     * to primary: nothing to wait for). An error counts as "still online": the save is held back.
     */
    long onlineNow(Supplier<UnifiedJedis> client) {
        checkedAt.set(System.nanoTime());
        try {
            seen(count(client.get().info("replication")));
        } catch (JedisException e) {
            return Math.max(1, online);
        }
        return online;
    }

    /**
     * The health check's write, waited for like a save when a replica is online.
     *
     * @return null when fine, else what is wrong
     */
    String probe(UnifiedJedis r, String key) {
        seen(count(r.info("replication")));
        checkedAt.set(System.nanoTime());
        if (online == 0) {
            r.set(key, "1", SetParams.setParams().px(60_000));
            return null;
        }
        long acks;
        try (Pipeline p = (Pipeline) r.pipelined()) {
            p.set(key, "1", SetParams.setParams().px(60_000));
            Response<Long> waited = p.waitReplicas(1, RedisStore.WAIT_MILLIS);
            p.sync();
            acks = waited.get();
        }
        return acks >= 1 ? null : "the primary's " + online + " online replica(s) did not acknowledge a write within "
                + RedisStore.WAIT_MILLIS + " ms, so replies are held back (a failover now would lose them): check the"
                + " replicas' load and network";
    }

    void notAcknowledged() {
        long n = unacknowledged.incrementAndGet();
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            unacknowledged.set(0);
            LOG.warn("{}: {} session save(s) not acknowledged by a replica within {} ms; their replies are held back"
                    + " and the updates answered again when Telegram delivers them again (logged at most once a minute)",
                    where.get(), n, RedisStore.WAIT_MILLIS);
        }
    }

    /** Replicas in state online, from {@code INFO replication} ({@code slave0:ip=...,state=online,...}). */
    static long count(String info) {
        return info.lines().filter(l -> l.startsWith("slave") && l.contains("state=online")).count();
    }
}
