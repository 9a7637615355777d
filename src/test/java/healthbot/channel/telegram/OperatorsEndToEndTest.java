package healthbot.channel.telegram;

import healthbot.TestBots;
import healthbot.dialogue.Bot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What operators meet, through the real library and {@link FakeBotApi}: a second poller told
 * apart by Telegram's 409, the operator endpoints on the webhook's port next to the webhook,
 * clean answers to foreign requests, 503 while stopping, and metrics counted from real replies.
 */
class OperatorsEndToEndTest {

    private static final long CHAT = 918_273_645_546L;
    private static Bot bot;
    private FakeBotApi api;
    private final List<TelegramChannel> channels = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void loadBot() {
        bot = TestBots.bot();
    }

    @BeforeEach
    void startFake() throws Exception {
        api = new FakeBotApi();
    }

    @AfterEach
    void stop() {
        channels.forEach(TelegramChannel::close);
        api.close();
    }

    private TelegramSettings settings() {
        return new TelegramSettings(BotToken.parse(FakeBotApi.TOKEN, "token"), URI.create(api.url()), 1, 4,
                Limits.unlimited(4, Duration.ofMillis(20)));
    }

    private TelegramChannel started(TelegramChannel c) {
        channels.add(c);
        return c;
    }

    @Test
    void aSecondPollerLearnsFromTelegrams409ThatAnotherInstanceIsPollingAndTheFirstCarriesOn() throws Exception {
        ChannelServices services = TestServices.inMemory();
        TelegramChannel first = started(TelegramChannel.startPolling(bot, settings(), false, services, Duration.ZERO));
        api.awaitCalls("getUpdates", 1);
        TelegramChannel second = started(TelegramChannel.startPolling(bot, settings(), false, TestServices.inMemory(),
                Duration.ofSeconds(30)));

        String why = second.failed().get(20, TimeUnit.SECONDS);
        assertTrue(why.startsWith("another instance is already polling this bot's updates"), why);
        assertTrue(why.contains("409"), why);
        assertFalse(first.failed().isDone(), "the running instance is not the newcomer");
        second.close();

        api.text(4242, "/help");
        assertEquals(1, api.awaitSent(4242, 1).size(), "the first instance still answers");
        assertTrue(api.calls("getUpdates").stream().anyMatch(c -> c.status() == 409));
        assertTrue(services.metrics().count("healthbot.telegram.errors", "method", "getUpdates", "code", "409") >= 1);
    }

    @Test
    void theWebhookPortServesHealthReadinessAndMetricsAndAnswersForeignRequestsCleanly() throws Exception {
        ChannelServices services = TestServices.inMemory();
        TelegramChannel c = started(TelegramChannel.startWebhook(bot, settings(), hook(), services));
        int port = c.webhookPort();
        String update = api.update(api.message(CHAT, "private", "my father is not breathing")).toString();
        assertEquals(200, post(port, "/telegram", update));
        assertEquals(200, post(port, "/telegram", update)); // Telegram's redelivery: answered once
        assertEquals(1, api.sent(CHAT).size());

        assertEquals(200, get(port, "/healthz").statusCode());
        assertEquals("ready\n", get(port, "/readyz").body());
        String metrics = get(port, "/metrics").body();
        assertTrue(metrics.contains("healthbot_emergencies_total 1.0"), metrics);
        assertTrue(metrics.contains("healthbot_updates_duplicate_total 1.0"), metrics);
        assertTrue(metrics.contains("healthbot_reply_seconds_count 1"), metrics);
        assertFalse(metrics.contains(Long.toString(CHAT)), "no chat id anywhere in the metrics");
        assertFalse(metrics.contains("breathing"), "no message text anywhere in the metrics");

        assertEquals(404, get(port, "/").statusCode());
        assertEquals(404, get(port, "/telegram/../admin").statusCode());
        assertEquals(404, get(port, "/telegramx").statusCode());
        assertEquals(405, get(port, "/telegram").statusCode());
        assertEquals(405, post(port, "/metrics", "x"));
        assertEquals(400, post(port, "/telegram", "{\"update_id\": \"not a number\"}"));
        assertEquals(400, post(port, "/telegram", "null"));
    }

    @Test
    void aStoppingWebhookInstanceAnswers503SoTelegramDeliversElsewhere() throws Exception {
        ChannelServices services = TestServices.inMemory();
        TelegramChannel c = started(TelegramChannel.startWebhook(bot, settings(), hook(), services));
        int port = c.webhookPort();
        c.stopTaking();
        services.endpoints().stopping();
        String update = api.update(api.message(78, "private", "/help")).toString();
        assertEquals(503, post(port, "/telegram", update));
        assertEquals(503, get(port, "/readyz").statusCode());
        assertEquals(200, get(port, "/healthz").statusCode());
        assertTrue(api.sent(78).isEmpty(), "not answered: Telegram will deliver it again");
    }

    private static WebhookSettings hook() {
        return new WebhookSettings(URI.create("https://bot.example.no/telegram"), "s3cret", "127.0.0.1", 0);
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int post(int port, String path, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header(WebhookServer.SECRET_HEADER, "s3cret").build();
        return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
