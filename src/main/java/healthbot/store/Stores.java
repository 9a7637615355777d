package healthbot.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the store from configuration (environment variables; never a secret from anywhere
 * else):
 * <ul>
 *   <li>{@code REDIS_SENTINELS=host:port,...} with {@code REDIS_MASTER=name}: Redis, the primary
 *       found through Sentinel and followed across failovers; {@code REDIS_PASSWORD} (and
 *       {@code REDIS_USERNAME} for an ACL user) for the primary and replicas,
 *       {@code REDIS_SENTINEL_PASSWORD} for the sentinels, {@code REDIS_DB} (default 0),
 *       {@code REDIS_TLS=true} for TLS to both, {@code REDIS_FAILOVER_WAIT} (seconds, default
 *       {@value #DEFAULT_FAILOVER_WAIT_SECONDS}) how long a message waits for a new primary
 *       before it is answered from memory;</li>
 *   <li>else {@code REDIS_URL}: one Redis server;</li>
 *   <li>else the SQLite file at {@code HEALTHBOT_DB} (default {@code data/healthbot.db} under
 *       the working directory).</li>
 * </ul>
 * Every store it returns is guarded: outages fail fast, are logged once a minute and show in
 * {@link ConversationStore#health()}.
 */
public final class Stores {

    /** The default file of the embedded store, relative to the working directory. */
    public static final Path DEFAULT_DB = Path.of("data", "healthbot.db");
    static final int DEFAULT_FAILOVER_WAIT_SECONDS = 15;
    private static final Duration RETRY = Duration.ofSeconds(1);

    private Stores() {
    }

    /**
     * The durable store the environment asks for (see the class comment).
     *
     * @throws IllegalArgumentException when a Redis setting is unusable; the message names the
     *                                  variable and never repeats a password
     */
    public static ConversationStore fromEnvironment(Map<String, String> env) {
        String sentinels = value(env, "REDIS_SENTINELS");
        String redis = value(env, "REDIS_URL");
        if (sentinels != null) {
            if (redis != null) {
                throw new IllegalArgumentException("both REDIS_SENTINELS and REDIS_URL are set; set REDIS_SENTINELS"
                        + " (with REDIS_MASTER) to find the primary through Sentinel, or REDIS_URL for one server, not both");
            }
            RedisEndpoint endpoint = RedisEndpoint.sentinels(sentinels, value(env, "REDIS_MASTER"),
                    value(env, "REDIS_USERNAME"), value(env, "REDIS_PASSWORD"), value(env, "REDIS_SENTINEL_PASSWORD"),
                    number(env, "REDIS_DB", 0), flag(env, "REDIS_TLS"));
            return redisSentinel(endpoint, Duration.ofSeconds(number(env, "REDIS_FAILOVER_WAIT",
                    DEFAULT_FAILOVER_WAIT_SECONDS)));
        }
        if (redis != null) {
            return redis(redis);
        }
        String db = value(env, "HEALTHBOT_DB");
        return sqlite(db == null ? DEFAULT_DB : Path.of(db));
    }

    public static ConversationStore sqlite(Path file) {
        return new GuardedStore(new SqliteStore(file), RETRY);
    }

    public static ConversationStore redis(String url) {
        return new GuardedStore(RedisStore.open(url), RETRY);
    }

    /**
     * Redis through Sentinel: {@code sentinels} as {@code host:port,...}, the primary's name, its
     * password (null for none), and how long a call waits for a new primary during a failover.
     */
    public static ConversationStore redisSentinel(String sentinels, String master, String password, Duration failoverWait) {
        return redisSentinel(RedisEndpoint.sentinels(sentinels, master, null, password, null, 0, false), failoverWait);
    }

    private static ConversationStore redisSentinel(RedisEndpoint endpoint, Duration failoverWait) {
        return new GuardedStore(RedisStore.open(endpoint), RETRY, failoverWait);
    }

    public static ConversationStore inMemory() {
        return new GuardedStore(new InMemoryStore(), RETRY);
    }

    /** {@code store} guarded as the factory's stores are, with another retry interval (tests of outages). */
    public static ConversationStore guarded(ConversationStore store, Duration retryInterval) {
        return new GuardedStore(store, retryInterval);
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String v = value(env, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number, 0 or more (it is '" + v + "')");
    }

    private static boolean flag(Map<String, String> env, String name) {
        String v = value(env, name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false (it is '" + v + "')");
        };
    }
}
