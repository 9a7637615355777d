package healthbot.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import healthbot.ops.OperatorEndpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * The webhook endpoint (JDK HTTP server): checks {@code X-Telegram-Bot-Api-Secret-Token} (the
 * library's webhook never does), reads one update, answers it and only then says 200, so
 * Telegram redelivers what we could not take (503: the chat is locked by another instance for
 * too long, or this instance is stopping). The same server answers {@code /healthz},
 * {@code /readyz} and {@code /metrics}, and 404 to any other path. Requests are answered on a
 * bounded pool with {@link #OPERATOR_THREADS} threads more than the updates it answers at once
 * ({@code answering}): an update that finds them all busy gets 503 at once (Telegram delivers
 * it again), so that a load balancer's {@code /readyz} still gets through while every update
 * waits (for a Redis failover, say) and learns that the instance is not ready.
 */
final class WebhookServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int MAX_BODY = 1 << 20;
    /** Threads of the pool kept for the operator endpoints: never taken by updates. */
    static final int OPERATOR_THREADS = 4;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final HttpServer server;
    private final byte[] secret;
    private final Function<Update, Delivery.Outcome> updates;
    private final Semaphore answering;
    private volatile boolean stopping;

    /**
     * @param pool    runs the requests: {@code atOnce} + {@link #OPERATOR_THREADS} threads
     * @param atOnce  how many updates are answered at the same time
     */
    WebhookServer(WebhookSettings settings, Function<Update, Delivery.Outcome> updates, OperatorEndpoints endpoints,
                  ExecutorService pool, int atOnce) throws IOException {
        if (OperatorEndpoints.PATHS.contains(settings.path())) {
            throw new IllegalArgumentException("the webhook path " + settings.path() + " is taken by the operator"
                    + " endpoints; choose another path in " + WebhookSettings.URL_VARIABLE);
        }
        this.secret = settings.secret().getBytes(StandardCharsets.UTF_8);
        this.updates = updates;
        this.answering = new Semaphore(atOnce);
        this.server = HttpServer.create(new InetSocketAddress(settings.bindHost(), settings.port()), 64);
        endpoints.mountOn(server);
        if (!settings.path().equals("/")) {
            server.createContext("/", OperatorEndpoints.notFound());
        }
        server.createContext(settings.path(), OperatorEndpoints.guarded(this::exchange));
        server.setExecutor(pool);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** New updates get 503 from now on (Telegram retries them, possibly at another instance). */
    void stopTaking() {
        stopping = true;
    }

    private void exchange(HttpExchange ex) throws IOException {
        String path = ex.getHttpContext().getPath();
        if (!path.equals(ex.getRequestURI().getPath())) {
            respond(ex, 404);
            return;
        }
        if (!"POST".equals(ex.getRequestMethod())) {
            ex.getResponseHeaders().set("Allow", "POST");
            respond(ex, 405);
            return;
        }
        String given = ex.getRequestHeaders().getFirst(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            LOG.warn("webhook: refused a request without the right secret token from {}",
                    ex.getRemoteAddress().getAddress().getHostAddress());
            respond(ex, 401);
            return;
        }
        if (stopping) {
            respond(ex, 503);
            return;
        }
        Update update;
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                respond(ex, 413);
                return;
            }
            update = JSON.readValue(body, Update.class);
        } catch (IOException e) {
            LOG.warn("webhook: a request body is not an update ({})", e.getClass().getSimpleName());
            respond(ex, 400);
            return;
        }
        if (update == null) {
            respond(ex, 400);
            return;
        }
        if (!answering.tryAcquire()) {
            LOG.debug("webhook: every worker is answering an update; update {} gets 503", update.getUpdateId());
            respond(ex, 503);
            return;
        }
        Delivery.Outcome outcome;
        try {
            outcome = updates.apply(update);
        } finally {
            answering.release();
        }
        respond(ex, outcome == Delivery.Outcome.BUSY ? 503 : 200);
    }

    private static void respond(HttpExchange ex, int status) throws IOException {
        ex.sendResponseHeaders(status, -1);
    }

    /** Stops listening, giving exchanges under way up to {@code seconds} to finish. */
    void stop(int seconds) {
        server.stop(seconds);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
