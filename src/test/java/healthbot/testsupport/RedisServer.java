package healthbot.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} process for a test, on a free loopback port, without persistence
 * ({@code --save '' --appendonly no}); installed through {@link DebianPackages} when missing.
 * {@link #stop()} and {@link #start()} again on the same port simulate an outage, {@link #kill()}
 * a crash, {@link #pause()} a server that stops answering. {@link #replicaOf} starts a replica of
 * another server (for Sentinel, see {@link RedisSentinels}).
 */
public final class RedisServer implements AutoCloseable {

    private static final long START_TIMEOUT_MILLIS = 15_000;

    private final Path binary;
    private final String password;
    private final List<String> extra;
    private final Path dir;
    private int port;
    private Process process;

    private RedisServer(String password, List<String> extra) throws IOException {
        this.binary = DebianPackages.require("redis-server", "redis-server");
        this.password = password;
        this.extra = List.copyOf(extra);
        this.dir = Files.createTempDirectory("healthbot-redis");
    }

    /** Starts a server on a free port; {@code password} null for none. */
    public static RedisServer start(String password) {
        return start(password, List.of());
    }

    /** Starts a replica of {@code primary} (same password) on a free port and waits until it has synced. */
    public static RedisServer replicaOf(RedisServer primary) {
        return replicaOf(primary, primary.port);
    }

    /**
     * Starts a replica of {@code primary} that reaches it through {@code viaPort} (a
     * {@link ReplicationLink}) and waits until it has synced.
     */
    public static RedisServer replicaOf(RedisServer primary, int viaPort) {
        RedisServer replica = start(primary.password, List.of("--replicaof", "127.0.0.1", Integer.toString(viaPort)));
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (!replica.info("replication").contains("master_link_status:up")) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the replica on port " + replica.port + " did not sync with port "
                        + primary.port + " within " + START_TIMEOUT_MILLIS + " ms: " + replica.log());
            }
            sleep(20);
        }
        return replica;
    }

    /** {@code INFO section} of the server, or "" when it does not answer. */
    public String info(String section) {
        try (redis.clients.jedis.Jedis j = new redis.clients.jedis.Jedis("127.0.0.1", port, 1_000)) {
            if (password != null) {
                j.auth(password);
            }
            return j.info(section);
        } catch (redis.clients.jedis.exceptions.JedisException e) {
            return "";
        }
    }

    private static RedisServer start(String password, List<String> extra) {
        try {
            RedisServer server = new RedisServer(password, extra);
            IllegalStateException last = null;
            for (int attempt = 0; attempt < 5; attempt++) { // another test may grab the free port first
                server.port = freePort();
                try {
                    server.start();
                    return server;
                } catch (IllegalStateException e) {
                    last = e;
                }
            }
            throw last;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** {@code redis://[:password@]127.0.0.1:port/db}. */
    public String url(int db) {
        return "redis://" + (password == null ? "" : ":" + password + "@") + "127.0.0.1:" + port + "/" + db;
    }

    /** (Re)starts the server on its port and waits until it answers PING. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString(),
                "--repl-diskless-sync-delay", "0")); // a replica syncs at once, not 5 s later
        if (password != null) {
            // masterauth too: a primary that comes back after a failover replicates from the new one
            cmd.addAll(List.of("--requirepass", password, "--masterauth", password));
        }
        cmd.addAll(extra);
        try {
            process = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited at start on port " + port + ": " + log());
            }
            if (answersPing()) {
                return;
            }
            sleep(20);
        }
        stop();
        throw new IllegalStateException("redis-server did not answer on port " + port + " within "
                + START_TIMEOUT_MILLIS + " ms: " + log());
    }

    /** SIGKILL: the server dies at once, with whatever it had not replicated yet. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** SIGSTOP: the server keeps its connections but answers nothing until {@link #resume()}. */
    public synchronized void pause() {
        signal("-STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public synchronized void resume() {
        signal("-CONT");
    }

    private void signal(String signal) {
        try {
            new ProcessBuilder("kill", signal, Long.toString(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL) and waits until it is gone. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private boolean answersPing() {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(1000);
            OutputStream out = s.getOutputStream();
            // PING is answered with +PONG, or -NOAUTH when a password is set: both mean it is up
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            int first = in.read();
            return first == '+' || first == '-';
        } catch (IOException e) {
            return false;
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("redis.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
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
