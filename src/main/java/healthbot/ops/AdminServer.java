package healthbot.ops;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The operator endpoints on their own port, for long-polling mode (which has no HTTP server of its
 * own): {@code --admin-port} / {@code ADMIN_PORT}. Two threads; every other path is 404.
 */
public final class AdminServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;

    /**
     * @param bindHost "0.0.0.0" for all interfaces (a platform's health checker), "127.0.0.1" for local only
     * @throws IOException when the port cannot be bound (taken, or below 1024 without rights)
     */
    public AdminServer(OperatorEndpoints endpoints, String bindHost, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(bindHost, port), 16);
        endpoints.mountOn(server);
        server.createContext("/", OperatorEndpoints.notFound());
        threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "admin-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
