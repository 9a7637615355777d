package healthbot.channel.telegram;

import healthbot.ops.Metrics;
import healthbot.ops.OperatorEndpoints;
import healthbot.ops.Readiness;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The webhook endpoint keeps threads for the operator endpoints: updates that would take them get 503. */
class WebhookServerTest {

    @Test
    void whileEveryWorkerWaitsOnAnUpdateTheNextUpdateGets503AndReadyzStillAnswers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(1 + WebhookServer.OPERATOR_THREADS);
        OperatorEndpoints endpoints = new OperatorEndpoints(Metrics.create(), () -> Readiness.notReady("store unreachable: test"));
        WebhookSettings hook = new WebhookSettings(URI.create("https://bot.example.no/telegram"), "s3cret", "127.0.0.1", 0);
        FakeBotApi api = new FakeBotApi();
        try (WebhookServer server = new WebhookServer(hook, u -> {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS); // as while Redis fails over
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Delivery.Outcome.ANSWERED;
        }, endpoints, pool, 1)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String base = "http://127.0.0.1:" + server.port();
            CompletableFuture<HttpResponse<Void>> first = http.sendAsync(post(base, api.update(api.message(1, "private", "a"))
                    .toString()), HttpResponse.BodyHandlers.discarding());
            entered.await(10, TimeUnit.SECONDS);
            assertEquals(503, http.send(post(base, api.update(api.message(2, "private", "b")).toString()),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "no worker free: Telegram delivers it again");
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base + "/readyz"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, ready.statusCode());
            assertEquals("not ready: store unreachable: test\n", ready.body());
            release.countDown();
            assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
        } finally {
            release.countDown();
            pool.shutdownNow();
            api.close();
        }
    }

    private static HttpRequest post(String base, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/telegram")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header(WebhookServer.SECRET_HEADER, "s3cret")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
