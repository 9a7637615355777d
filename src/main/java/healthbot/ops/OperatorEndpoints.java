package healthbot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code GET /healthz}, {@code GET /readyz} and {@code GET /metrics} on a JDK HTTP server, and a
 * clean 404 for any other path mounted through {@link #notFound()}. Only GET and HEAD are
 * accepted (405 with {@code Allow} otherwise); a handler that fails answers 500 with one line,
 * never a stack trace. While the instance is stopping, {@code /readyz} says 503 "stopping" so a
 * load balancer sends traffic elsewhere.
 */
public final class OperatorEndpoints {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorEndpoints.class);
    public static final Set<String> PATHS = Set.of("/healthz", "/readyz", "/metrics");
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Metrics metrics;
    private final Supplier<Readiness> readiness;
    private volatile boolean stopping;

    public OperatorEndpoints(Metrics metrics, Supplier<Readiness> readiness) {
        this.metrics = metrics;
        this.readiness = readiness;
    }

    /** Adds the three paths to {@code server} (call before it starts). */
    public void mountOn(HttpServer server) {
        server.createContext("/healthz", exact("/healthz", ex -> text(ex, 200, "ok\n", "text/plain; charset=utf-8")));
        server.createContext("/readyz", exact("/readyz", this::ready));
        server.createContext("/metrics", exact("/metrics", ex -> text(ex, 200, metrics.scrape(), PROMETHEUS_TEXT)));
    }

    /** From now on {@code /readyz} answers 503 "stopping". */
    public void stopping() {
        stopping = true;
    }

    public boolean isStopping() {
        return stopping;
    }

    private void ready(HttpExchange ex) throws IOException {
        if (stopping) {
            text(ex, 503, "not ready: stopping\n", "text/plain; charset=utf-8");
            return;
        }
        Readiness r;
        try {
            r = readiness.get();
        } catch (RuntimeException e) {
            r = Readiness.notReady("readiness check failed (" + e.getClass().getSimpleName() + ")");
        }
        text(ex, r.ready() ? 200 : 503, (r.ready() ? "ready" : "not ready: " + r.detail()) + "\n",
                "text/plain; charset=utf-8");
    }

    /** A handler answering 404 to everything: mount it on "/" so foreign paths get a clean answer. */
    public static HttpHandler notFound() {
        return guarded(ex -> {
            text(ex, 404, "not found\n", "text/plain; charset=utf-8");
        });
    }

    private static HttpHandler exact(String path, HttpHandler get) {
        return guarded(ex -> {
            if (!path.equals(ex.getRequestURI().getPath())) {
                text(ex, 404, "not found\n", "text/plain; charset=utf-8");
            } else if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                text(ex, 405, "method not allowed\n", "text/plain; charset=utf-8");
            } else {
                get.handle(ex);
            }
        });
    }

    /** Runs {@code h}, closing the exchange; a failure becomes a one-line 500 and a log line without a trace. */
    public static HttpHandler guarded(HttpHandler h) {
        return ex -> {
            try (ex) {
                h.handle(ex);
            } catch (IOException e) {
                LOG.debug("HTTP {} {}: connection failed ({})", ex.getRequestMethod(), ex.getRequestURI().getPath(),
                        e.getClass().getSimpleName());
            } catch (RuntimeException e) {
                LOG.warn("HTTP {}: failed ({})", ex.getRequestURI().getPath(), e.getClass().getSimpleName());
                try {
                    text(ex, 500, "internal error\n", "text/plain; charset=utf-8");
                } catch (IOException | RuntimeException ignored) {
                    // headers were already sent; the connection is closed below
                }
            }
        };
    }

    static void text(HttpExchange ex, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            ex.getResponseBody().write(bytes);
        }
    }
}
