package healthbot.testsupport;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Three real Redis Sentinel processes ({@code redis-server FILE --sentinel}, no other package)
 * on free loopback ports, monitoring a primary under {@link #MASTER} with a quorum of two. A
 * primary is declared down after {@value #DOWN_AFTER_MILLIS} ms without an answer, so a
 * failover takes a few seconds. {@link #start} returns once every sentinel knows the replicas
 * and the two other sentinels, so a failover can be agreed at once.
 */
public final class RedisSentinels implements AutoCloseable {

    public static final String MASTER = "healthbot";
    static final int DOWN_AFTER_MILLIS = 1_000;
    private static final long START_TIMEOUT_MILLIS = 30_000;

    private final Path binary;
    private final Path dir;
    private final List<Integer> ports = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private final String password;

    private RedisSentinels(String password) throws IOException {
        this.binary = DebianPackages.require("redis-server", "redis-server");
        this.dir = Files.createTempDirectory("healthbot-sentinel");
        this.password = password;
    }

    /**
     * Starts three sentinels watching {@code primary}, which has {@code replicas} replicas, and
     * waits until they know each other and the replicas.
     */
    public static RedisSentinels start(RedisServer primary, int replicas, String password) {
        try {
            RedisSentinels s = new RedisSentinels(password);
            for (int i = 0; i < 3; i++) {
                s.startOne(i, primary.port());
            }
            s.awaitDiscovery(replicas);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3}, as {@code REDIS_SENTINELS} wants them. */
    public String addresses() {
        return ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    }

    /** The port of the primary the sentinels name now (or -1 when none answers). */
    public int primaryPort() {
        for (int port : ports) {
            try (Jedis j = new Jedis("127.0.0.1", port, 1_000)) {
                List<String> addr = j.sentinelGetMasterAddrByName(MASTER);
                if (addr != null && addr.size() == 2) {
                    return Integer.parseInt(addr.get(1));
                }
            } catch (JedisException e) {
                // try the next one
            }
        }
        return -1;
    }

    /** Waits until the sentinels name another primary than {@code oldPort}; the new one's port. */
    public int awaitFailoverFrom(int oldPort, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            int now = primaryPort();
            if (now > 0 && now != oldPort) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no failover from port " + oldPort + " within " + timeoutMillis + " ms; sentinel logs:\n"
                + logs());
    }

    private void startOne(int i, int primaryPort) throws IOException {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 5; attempt++) { // another test may take the free port first
            int port = RedisServer.freePort();
            Path conf = dir.resolve("sentinel" + i + ".conf"); // sentinels rewrite their file: it must be writable
            StringBuilder c = new StringBuilder()
                    .append("port ").append(port).append('\n')
                    .append("bind 127.0.0.1\n")
                    .append("dir ").append(dir).append('\n')
                    .append("sentinel monitor ").append(MASTER).append(" 127.0.0.1 ").append(primaryPort).append(" 2\n")
                    .append("sentinel down-after-milliseconds ").append(MASTER).append(' ').append(DOWN_AFTER_MILLIS).append('\n')
                    .append("sentinel failover-timeout ").append(MASTER).append(" 10000\n")
                    .append("sentinel parallel-syncs ").append(MASTER).append(" 1\n");
            if (password != null) {
                c.append("sentinel auth-pass ").append(MASTER).append(' ').append(password).append('\n');
            }
            Files.writeString(conf, c);
            Process p = new ProcessBuilder(binary.toString(), conf.toString(), "--sentinel").redirectErrorStream(true)
                    .redirectOutput(dir.resolve("sentinel" + i + ".log").toFile()).start();
            if (awaitPing(p, port)) {
                ports.add(port);
                processes.add(p);
                return;
            }
            p.destroyForcibly();
            last = new IllegalStateException("sentinel " + i + " did not start on port " + port + ": " + logs());
        }
        throw last;
    }

    private static boolean awaitPing(Process p, int port) {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline && p.isAlive()) {
            try (Jedis j = new Jedis("127.0.0.1", port, 500)) {
                if ("PONG".equals(j.ping())) {
                    return true;
                }
            } catch (JedisException e) {
                sleep(20);
            }
        }
        return false;
    }

    private void awaitDiscovery(int replicas) {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            boolean all = true;
            for (int port : ports) {
                try (Jedis j = new Jedis("127.0.0.1", port, 1_000)) {
                    List<Map<String, String>> known = j.sentinelReplicas(MASTER);
                    long healthy = known.stream().filter(r -> !r.getOrDefault("flags", "").contains("down")).count();
                    all &= healthy >= replicas && j.sentinelSentinels(MASTER).size() >= 2;
                } catch (JedisException e) {
                    all = false;
                }
            }
            if (all) {
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException("the sentinels did not find the " + replicas + " replica(s) and each other within "
                + START_TIMEOUT_MILLIS + " ms: " + logs());
    }

    /** The sentinels' logs, for failure messages. */
    public String logs() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            try {
                b.append("--- sentinel ").append(i).append('\n').append(Files.readString(dir.resolve("sentinel" + i + ".log")));
            } catch (IOException e) {
                b.append("(no log ").append(i).append(")\n");
            }
        }
        return b.toString();
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroyForcibly();
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
