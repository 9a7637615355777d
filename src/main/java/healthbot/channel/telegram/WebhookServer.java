package healthbot.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The webhook endpoint (JDK HTTP server): checks {@code X-Telegram-Bot-Api-Secret-Token} (the
 * library's webhook never does), reads one update, answers it and only then says 200, so
 * Telegram redelivers what we could not take. Requests are answered on a bounded pool.
 */
final class WebhookServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int MAX_BODY = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final HttpServer server;
    private final byte[] secret;
    private final Consumer<List<Update>> updates;

    WebhookServer(WebhookSettings settings, Consumer<List<Update>> updates, ExecutorService pool) throws IOException {
        this.secret = settings.secret().getBytes(StandardCharsets.UTF_8);
        this.updates = updates;
        this.server = HttpServer.create(new InetSocketAddress(settings.bindHost(), settings.port()), 64);
        server.createContext(settings.path(), this::exchange);
        server.setExecutor(pool);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void exchange(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equals(ex.getRequestMethod())) {
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
            updates.accept(List.of(update));
            respond(ex, 200);
        }
    }

    private static void respond(HttpExchange ex, int status) throws IOException {
        ex.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
