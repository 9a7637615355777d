package healthbot.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Picks the store from configuration (environment variables; never a secret from anywhere
 * else): Redis when {@code REDIS_URL} is set, otherwise the SQLite file at
 * {@code HEALTHBOT_DB} (default {@code data/healthbot.db} under the working directory). Every
 * store it returns is guarded: outages fail fast, are logged once a minute and show in
 * {@link ConversationStore#health()}.
 */
public final class Stores {

    /** The default file of the embedded store, relative to the working directory. */
    public static final Path DEFAULT_DB = Path.of("data", "healthbot.db");
    private static final Duration RETRY = Duration.ofSeconds(1);

    private Stores() {
    }

    /**
     * The durable store the environment asks for: {@code REDIS_URL}, else {@code HEALTHBOT_DB},
     * else {@link #DEFAULT_DB}.
     *
     * @throws IllegalArgumentException when {@code REDIS_URL} is set but not a redis:// URL
     */
    public static ConversationStore fromEnvironment(Map<String, String> env) {
        String redis = env.get("REDIS_URL");
        if (redis != null && !redis.isBlank()) {
            return redis(redis);
        }
        String db = env.get("HEALTHBOT_DB");
        return sqlite(db == null || db.isBlank() ? DEFAULT_DB : Path.of(db));
    }

    public static ConversationStore sqlite(Path file) {
        return new GuardedStore(new SqliteStore(file), RETRY);
    }

    public static ConversationStore redis(String url) {
        return new GuardedStore(RedisStore.open(url), RETRY);
    }

    public static ConversationStore inMemory() {
        return new GuardedStore(new InMemoryStore(), RETRY);
    }

    /** {@code store} guarded as the factory's stores are, with another retry interval (tests of outages). */
    public static ConversationStore guarded(ConversationStore store, Duration retryInterval) {
        return new GuardedStore(store, retryInterval);
    }
}
