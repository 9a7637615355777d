package healthbot.ops;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operator endpoints over real HTTP on 127.0.0.1 (an {@link AdminServer} on an ephemeral port). */
class OperatorEndpointsTest {

    private final Metrics metrics = Metrics.create();
    private final AtomicReference<Readiness> readiness = new AtomicReference<>(Readiness.ok());
    private final OperatorEndpoints endpoints = new OperatorEndpoints(metrics, readiness::get);
    private final HttpClient http = HttpClient.newHttpClient();
    private AdminServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        if (server == null) {
            server = new AdminServer(endpoints, "127.0.0.1", 0);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        b.method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("x") : HttpRequest.BodyPublishers.noBody());
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthzSaysAliveWithoutAskingTheStore() throws Exception {
        readiness.set(Readiness.notReady("store unreachable"));
        HttpResponse<String> r = send("GET", "/healthz");
        assertEquals(200, r.statusCode());
        assertEquals("ok\n", r.body());
    }

    @Test
    void readyzIs503WithTheReasonWhileTheStoreIsDownAnd200WhenItIsBack() throws Exception {
        readiness.set(Readiness.notReady("store unreachable: redis 127.0.0.1:6379/0: connection refused"));
        HttpResponse<String> down = send("GET", "/readyz");
        assertEquals(503, down.statusCode());
        assertEquals("not ready: store unreachable: redis 127.0.0.1:6379/0: connection refused\n", down.body());
        readiness.set(Readiness.ok());
        assertEquals(200, send("GET", "/readyz").statusCode());
    }

    @Test
    void readyzIs503OnceTheInstanceIsStopping() throws Exception {
        endpoints.stopping();
        HttpResponse<String> r = send("GET", "/readyz");
        assertEquals(503, r.statusCode());
        assertEquals("not ready: stopping\n", r.body());
        assertEquals(200, send("GET", "/healthz").statusCode(), "still alive while it finishes");
    }

    @Test
    void aFailingReadinessCheckIsA503NotAStackTrace() throws Exception {
        OperatorEndpoints failing = new OperatorEndpoints(metrics, () -> {
            throw new IllegalStateException("boom at some.internal.Class");
        });
        server = new AdminServer(failing, "127.0.0.1", 0);
        HttpResponse<String> r = send("GET", "/readyz");
        assertEquals(503, r.statusCode());
        assertEquals("not ready: readiness check failed (IllegalStateException)\n", r.body());
    }

    @Test
    void metricsArePrometheusTextWithMessageCountersLatencyHistogramAndJvmMeters() throws Exception {
        metrics.message("dental_free", "ANSWER", "FREE_CHILD", "en", 2_000_000);
        metrics.message("fallback", "FALLBACK", null, "nb", 1_000_000);
        metrics.message("emergency", "EMERGENCY", null, "en", 500_000);
        metrics.telegramError("sendMessage", 429);
        metrics.storeError("save");
        metrics.sessionsStored(() -> 42);
        HttpResponse<String> r = send("GET", "/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        String body = r.body();
        assertTrue(body.contains("healthbot_messages_total{intent=\"dental_free\",kind=\"ANSWER\",language=\"en\",outcome=\"FREE_CHILD\"} 1.0"), body);
        assertTrue(body.contains("healthbot_fallbacks_total 1.0"), body);
        assertTrue(body.contains("healthbot_emergencies_total 1.0"), body);
        assertTrue(body.contains("healthbot_reply_seconds_bucket{le="), body);
        assertTrue(body.contains("healthbot_telegram_errors_total{code=\"429\",method=\"sendMessage\"} 1.0"), body);
        assertTrue(body.contains("healthbot_telegram_rate_limited_total{method=\"sendMessage\"} 1.0"), body);
        assertTrue(body.contains("healthbot_store_errors_total{operation=\"save\"} 1.0"), body);
        assertTrue(body.contains("healthbot_sessions_stored 42.0"), body);
        assertTrue(body.contains("jvm_memory_used_bytes"), body);
        assertTrue(body.contains("process_uptime_seconds"), body);
    }

    @Test
    void labelValuesAreFlattenedSoNoFreeTextCanBecomeALabel() throws Exception {
        metrics.message("what is my \"fødselsnummer\" 12345678901 and more text that goes on", "ANSWER", "x y", "en", 1);
        String body = send("GET", "/metrics").body();
        assertFalse(body.contains("fødselsnummer"), body);
        assertFalse(body.contains("12345678901 and"), body);
        assertTrue(body.contains("intent=\"what_is_my__f_dselsnummer__12345678901_a\""), body);
    }

    @Test
    void foreignPathsAre404AndOtherMethods405WithAllow() throws Exception {
        assertEquals(404, send("GET", "/").statusCode());
        assertEquals(404, send("GET", "/wp-admin/setup.php").statusCode());
        assertEquals(404, send("GET", "/healthz/../../etc/passwd").statusCode());
        assertEquals(404, send("GET", "/metricsx").statusCode());
        HttpResponse<String> post = send("POST", "/metrics");
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> head = send("HEAD", "/healthz");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void aMalformedRequestGetsA400AndNoStackTrace() throws Exception {
        send("GET", "/healthz");
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write("GARBAGE \u0001\u0002 nonsense\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 400"), answer);
            // the JDK server names the problem in one line; no stack frames
            assertFalse(answer.contains("at java.") || answer.contains("\tat ") || answer.contains("Caused by"), answer);
        }
        assertEquals(200, send("GET", "/healthz").statusCode(), "the server is still fine");
    }
}
