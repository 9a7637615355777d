package healthbot.store;

import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisSentineled;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.providers.SentineledConnectionProvider;
import redis.clients.jedis.util.JedisURIHelper;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the Redis store's primary is and how to log in to it: one server named by a URL, or a
 * primary found through Redis Sentinel (the sentinels' addresses and the name they monitor it
 * under), which follows a failover by itself. Holds the password but never shows it:
 * {@link #describe()} and every message leave it out.
 */
final class RedisEndpoint {

    static final int TIMEOUT_MILLIS = 1_000;
    private static final int DEFAULT_PORT = 6379;
    private static final int DEFAULT_SENTINEL_PORT = 26379;
    /** How soon a listener tries a sentinel again after losing it (Jedis's default is 5 s). */
    private static final long SENTINEL_RETRY_MILLIS = 1_000;

    private final HostAndPort server;
    private final Set<HostAndPort> sentinels;
    private final String master;
    private final JedisClientConfig config;
    private final JedisClientConfig sentinelConfig;
    private final String where;

    private RedisEndpoint(HostAndPort server, Set<HostAndPort> sentinels, String master, JedisClientConfig config,
                          JedisClientConfig sentinelConfig, String where) {
        this.server = server;
        this.sentinels = sentinels;
        this.master = master;
        this.config = config;
        this.sentinelConfig = sentinelConfig;
        this.where = where;
    }

    /**
     * {@code redis://[[user]:password@]host[:port][/db]} ({@code rediss://} for TLS).
     *
     * @throws IllegalArgumentException when the URL is not of that form (the message never repeats the URL, which may hold a password)
     */
    static RedisEndpoint url(String url) {
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
        HostAndPort hostAndPort = new HostAndPort(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : DEFAULT_PORT);
        boolean tls = JedisURIHelper.isRedisSSLScheme(uri);
        JedisClientConfig config = client(JedisURIHelper.getUser(uri), JedisURIHelper.getPassword(uri), db, tls, "healthbot");
        return new RedisEndpoint(hostAndPort, Set.of(), null, config, null,
                "redis " + (tls ? "(tls) " : "") + hostAndPort + "/" + db);
    }

    /**
     * A primary found through Sentinel.
     *
     * @param sentinels        {@code host:port,host:port,...} (port 26379 when left out)
     * @param master           the name the sentinels monitor the primary under ({@code sentinel monitor NAME ...})
     * @param user             the primary's (and replicas') ACL user, or null
     * @param password         their password, or null
     * @param sentinelPassword the sentinels' own password ({@code requirepass} in sentinel.conf), or null
     * @param db               the database number
     * @param tls              TLS to the primary and to the sentinels
     * @throws IllegalArgumentException when the list of sentinels or the name is unusable
     */
    static RedisEndpoint sentinels(String sentinels, String master, String user, String password, String sentinelPassword,
                                   int db, boolean tls) {
        if (master == null || master.isBlank()) {
            throw new IllegalArgumentException("REDIS_SENTINELS is set but REDIS_MASTER is not: set it to the name the"
                    + " sentinels monitor the primary under (the NAME of 'sentinel monitor NAME host port quorum')");
        }
        Set<HostAndPort> nodes = new LinkedHashSet<>();
        for (String part : sentinels.split(",")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                nodes.add(sentinel(p));
            }
        }
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("REDIS_SENTINELS names no sentinel; expected host:port,host:port,...");
        }
        if (db < 0) {
            throw new IllegalArgumentException("REDIS_DB must be a database number (0 or more), not " + db);
        }
        JedisClientConfig config = client(user, password, db, tls, "healthbot");
        JedisClientConfig sentinelConfig = client(null, sentinelPassword, 0, tls, "healthbot-sentinel");
        String list = nodes.stream().map(HostAndPort::toString).collect(Collectors.joining(","));
        return new RedisEndpoint(null, Set.copyOf(nodes), master.strip(), config, sentinelConfig,
                "redis " + (tls ? "(tls) " : "") + "primary '" + master.strip() + "' via sentinels " + list + "/" + db);
    }

    private static HostAndPort sentinel(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        int port = DEFAULT_SENTINEL_PORT;
        if (colon >= 0) {
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
        }
        if (host.isBlank() || port < 1 || port > 65_535) {
            throw new IllegalArgumentException("REDIS_SENTINELS: '" + hostPort + "' is not host:port; expected e.g."
                    + " 10.0.0.5:26379,10.0.0.6:26379,10.0.0.7:26379");
        }
        return new HostAndPort(host, port);
    }

    private static JedisClientConfig client(String user, String password, int db, boolean tls, String name) {
        return DefaultJedisClientConfig.builder()
                .user(user)
                .password(password)
                .database(db)
                .ssl(tls)
                .connectionTimeoutMillis(TIMEOUT_MILLIS)
                .socketTimeoutMillis(TIMEOUT_MILLIS)
                .clientName(name)
                .build();
    }

    private static IllegalArgumentException badUrl(String why) {
        return new IllegalArgumentException("REDIS_URL is not usable: " + why + "; expected"
                + " redis://[:password@]host:port[/db] or rediss://... for TLS (the value is not shown: it may hold a password)");
    }

    boolean sentineled() {
        return master != null;
    }

    /** For logs: e.g. {@code redis 127.0.0.1:6379/0}, {@code redis primary 'bot' via sentinels a:26379,b:26379/0}; never a password. */
    String describe() {
        return where;
    }

    /**
     * A client: a pool on the server, or on the primary the sentinels name, moved by Jedis to the
     * new primary when a sentinel announces a failover ({@code +switch-master}).
     *
     * @throws redis.clients.jedis.exceptions.JedisException when no sentinel answers, or none knows the primary
     */
    UnifiedJedis connect() {
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(32);
        pool.setMaxIdle(32);
        pool.setMaxWait(Duration.ofMillis(TIMEOUT_MILLIS));
        pool.setJmxEnabled(false);
        if (!sentineled()) {
            return new JedisPooled(pool, server, config);
        }
        return new JedisSentineled(new SentineledConnectionProvider(master, config, pool, sentinels, sentinelConfig,
                SENTINEL_RETRY_MILLIS));
    }

    /** The sentinels, for messages. */
    List<String> sentinelList() {
        return sentinels.stream().map(HostAndPort::toString).sorted().toList();
    }
}
