package healthbot.channel.telegram;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.dialogue.Bot;
import healthbot.ops.Metrics;
import healthbot.ops.OperatorEndpoints;
import healthbot.ops.Readiness;
import healthbot.store.ConversationStore;
import healthbot.store.StoreHealth;
import healthbot.store.Stores;
import healthbot.testsupport.RedisServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A webhook instance on a real redis-server that is stopped and started again mid-run: every
 * message is still answered (an emergency first of all), {@code /readyz} goes red while Redis is
 * down and green again by itself, and a flow begun before the outage finishes after it.
 */
class StoreOutageChannelTest {

    private RedisServer redis;
    private FakeBotApi api;
    private TelegramChannel channel;
    private ConversationStore store;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (channel != null) {
            channel.close();
        }
        if (store != null) {
            store.close();
        }
        if (api != null) {
            api.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void redisStoppedAndStartedMidRunTheBotKeepsAnsweringAndReadinessFollowsTheStore() throws Exception {
        redis = RedisServer.start(null);
        api = new FakeBotApi();
        store = Stores.redis(redis.url(0));
        Bot bot = new Bot(TestBots.content(), TestBots.nlu(), OsloClock.fixedOrSystem(TestBots.SATURDAY_NOON),
                new NorwegianHolidays(), store);
        Metrics metrics = Metrics.create();
        OperatorEndpoints endpoints = new OperatorEndpoints(metrics, () -> {
            StoreHealth h = store.health();
            return h.up() ? Readiness.ok() : Readiness.notReady("store unreachable: " + h.detail());
        });
        TelegramSettings settings = new TelegramSettings(BotToken.parse(FakeBotApi.TOKEN, "token"),
                URI.create(api.url()), 1, 4, Limits.unlimited(4, Duration.ofMillis(20)));
        WebhookSettings hook = new WebhookSettings(URI.create("https://bot.example.no/telegram"), "s3cret",
                "127.0.0.1", 0);
        channel = TelegramChannel.startWebhook(bot, settings, hook, new ChannelServices(store, metrics, endpoints));
        int port = channel.webhookPort();
        long chat = 31;

        assertEquals(200, post(port, api.update(api.message(chat, "private", "Is the dentist free for me?")).toString()));
        int before = api.sent(chat).size();
        assertTrue(api.sent(chat).get(before - 1).text().contains("What year were you born?"));
        assertEquals(200, get(port, "/readyz").statusCode());

        redis.stop();
        assertEquals(200, post(port, api.update(api.message(chat, "private", "my father is not breathing")).toString()));
        assertTrue(api.sent(chat).get(before).text().contains("113"), "an emergency is answered without the store");
        assertEquals(200, post(port, api.update(api.message(99, "private", "/help")).toString()));
        assertEquals(1, api.sent(99).size(), "other chats are answered too");
        HttpResponse<String> down = get(port, "/readyz");
        assertEquals(503, down.statusCode());
        assertTrue(down.body().startsWith("not ready: store unreachable"), down.body());

        redis.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (get(port, "/readyz").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(200, get(port, "/readyz").statusCode(), "ready again by itself");
        int sent = api.sent(chat).size();
        assertEquals(200, post(port, api.update(api.message(chat, "private", "Continue")).toString()));
        assertEquals(200, post(port, api.update(api.message(chat, "private", "2006")).toString()));
        assertEquals(200, post(port, api.update(api.message(chat, "private", "Østfold")).toString()));
        String last = api.sent(chat).get(api.sent(chat).size() - 1).text();
        assertTrue(api.sent(chat).size() > sent);
        assertTrue(last.contains("in Østfold the discount is 75 %"), "the flow begun before the outage finishes: " + last);
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int post(int port, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram"))
                .header("Content-Type", "application/json").header(WebhookServer.SECRET_HEADER, "s3cret")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
