package healthbot.channel.telegram;

import healthbot.dialogue.BotFactory;
import healthbot.clock.OsloClock;
import healthbot.dialogue.Bot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real telegrambots library (long polling and client) against {@link FakeBotApi} on
 * 127.0.0.1, with the real content in intents/. Each test uses its own chat ids.
 */
class TelegramEndToEndTest {

    private static Bot bot;
    private static final AtomicLong CHATS = new AtomicLong(1000);

    private FakeBotApi api;
    private TelegramChannel channel;

    @BeforeAll
    static void loadBot() {
        bot = BotFactory.create(Path.of("intents"), OsloClock.fixedOrSystem("2026-11-21T12:00:00"));
    }

    @BeforeEach
    void startFake() throws Exception {
        api = new FakeBotApi();
    }

    @AfterEach
    void stop() {
        if (channel != null) {
            channel.close();
        }
        api.close();
    }

    private TelegramSettings settings() {
        return new TelegramSettings(BotToken.parse(FakeBotApi.TOKEN, "token"), URI.create(api.url()), 1, 8,
                Limits.unlimited(4, Duration.ofMillis(20)));
    }

    private void poll() {
        channel = TelegramChannel.startPolling(bot, settings(), false, TestServices.inMemory());
    }

    private static long newChat() {
        return CHATS.incrementAndGet();
    }

    @Test
    void startGreetsWithTopicButtonsAndRegistersTheCommandMenu() throws Exception {
        poll();
        long chat = newChat();
        api.text(chat, "/start");
        FakeBotApi.Sent greeting = api.awaitSent(chat, 1).get(0);

        assertTrue("HTML".equalsIgnoreCase(greeting.parseMode()));
        assertTrue(greeting.text().contains("What would you like to know?"), greeting.text());
        assertTrue(greeting.buttons().stream().anyMatch(b -> b.label().equals("Is the dentist free for me?")));
        assertTrue(greeting.buttons().stream().allMatch(b -> b.data().matches("b:\\d+:\\d+")));
        assertEquals(1, api.calls("deleteWebhook").size());
        assertEquals(1, api.calls("getMe").size());
        List<FakeBotApi.Call> menus = api.awaitCalls("setMyCommands", 2);
        assertTrue(menus.get(0).body().toString().contains("\"command\":\"forget\""));
        assertTrue(menus.get(0).body().toString().contains("\"command\":\"emergency\""));
    }

    @Test
    void emergencyMessageGetsTheNumberInTheFirstReply() throws Exception {
        poll();
        long chat = newChat();
        api.text(chat, "Is the dentist free for me?");
        api.awaitSent(chat, 2);
        api.text(chat, "my father is not breathing");
        List<FakeBotApi.Sent> sent = api.awaitSent(chat, 3);
        assertTrue(sent.get(2).text().contains("113"), sent.get(2).text());
        api.text(chat, "/emergency");
        assertTrue(api.awaitSent(chat, 4).get(3).text().startsWith("113"));
    }

    @Test
    void fullDentalFlowWithButtonPressesRemovesAnsweredKeyboards() throws Exception {
        poll();
        long chat = newChat();
        api.text(chat, "/start");
        FakeBotApi.Sent greeting = api.awaitSent(chat, 1).get(0);
        api.press(greeting, "Is the dentist free for me?");
        List<FakeBotApi.Sent> sent = api.awaitSent(chat, 3);
        assertTrue(sent.get(2).text().contains("What year were you born?"), sent.get(2).text());
        api.awaitCalls("answerCallbackQuery", 1);
        FakeBotApi.Call removed = api.awaitCalls("editMessageReplyMarkup", 1).get(0);
        assertEquals(greeting.messageId(), removed.body().path("message_id").asInt());

        api.text(chat, "2006");
        FakeBotApi.Sent region = api.awaitSent(chat, 4).get(3);
        assertTrue(region.text().startsWith("Where do you live?"), region.text());
        api.press(region, "Østfold");
        FakeBotApi.Sent decision = api.awaitSent(chat, 5).get(4);
        assertTrue(decision.text().contains("in Østfold the discount is 75 %"), decision.text());
        assertEquals(2, api.awaitCalls("answerCallbackQuery", 2).size());
        assertEquals(2, api.awaitCalls("editMessageReplyMarkup", 2).size());

        api.press(greeting, "Emergency dentist"); // an old keyboard
        FakeBotApi.Call stale = api.awaitCalls("answerCallbackQuery", 3).get(2);
        assertEquals("These buttons are out of date. Please use the latest message.", stale.body().path("text").asText());
        api.awaitConfirmed();
        assertEquals(5, api.sent(chat).size(), "a stale button sends no new message");
    }

    @Test
    void digressionAnswersAndOffersToContinueTheFlow() throws Exception {
        poll();
        long chat = newChat();
        api.text(chat, "Is the dentist free for me?");
        api.awaitSent(chat, 2);
        api.text(chat, "Do I need an interpreter?");
        List<FakeBotApi.Sent> sent = api.awaitSent(chat, 4);
        assertTrue(sent.get(2).text().contains("interpreter"), sent.get(2).text());
        FakeBotApi.Sent offer = sent.get(3);
        assertEquals("Shall we continue where we were?", offer.text());
        api.press(offer, "Continue");
        assertTrue(api.awaitSent(chat, 5).get(4).text().startsWith("What year were you born?"));
    }

    @Test
    void photoGetsAPoliteTextOnlyReply() throws Exception {
        poll();
        long chat = newChat();
        api.photo(chat);
        assertTrue(api.awaitSent(chat, 1).get(0).text().startsWith("I can only read text messages"));
    }

    @Test
    void fiveThousandCharacterMessageIsAnsweredWithinTelegramsLimit() throws Exception {
        poll();
        long chat = newChat();
        api.text(chat, "Is the dentist free for me? " + "tooth ".repeat(830));
        List<FakeBotApi.Sent> sent = api.awaitSent(chat, 1);
        assertTrue(sent.get(0).text().startsWith("Your message was long"), sent.get(0).text());
        api.awaitConfirmed();
        assertTrue(api.calls("sendMessage").stream().allMatch(c -> c.status() == 200), "every piece accepted");
    }

    @Test
    void htmlLookingInputIsAnsweredWithEscapedHtml() throws Exception {
        poll();
        long chat = newChat();
        api.text(chat, "<b>x</b> & <i>dentist</i> &amp;");
        api.awaitSent(chat, 1);
        api.awaitConfirmed();
        int before = api.sent(chat).size();
        api.text(chat, "/emergency"); // content with "&" in it: "accident & emergency"
        List<FakeBotApi.Sent> sent = api.awaitSent(chat, before + 1);
        assertTrue(sent.get(before).text().contains("accident &amp; emergency"), sent.get(before).text());
        assertTrue(api.calls("sendMessage").stream().allMatch(c -> c.status() == 200),
                "the fake refuses text Telegram could not parse as HTML");
    }

    @Test
    void twoInterleavedChatsKeepTheirOwnOrderAndState() throws Exception {
        poll();
        long a = newChat();
        long b = newChat();
        api.enqueue(api.update(api.message(a, "private", "Is the dentist free for me?")),
                api.update(api.message(b, "private", "Is the dentist free for me?")),
                api.update(api.message(a, "private", "1985")),
                api.update(api.message(b, "private", "2010")));
        List<FakeBotApi.Sent> toA = api.awaitSent(a, 3);
        List<FakeBotApi.Sent> toB = api.awaitSent(b, 3);
        assertTrue(toA.get(1).text().startsWith("What year were you born?"));
        assertTrue(toA.get(2).text().contains("Which of these fits you best?"), toA.get(2).text());
        assertTrue(toB.get(1).text().startsWith("What year were you born?"));
        assertTrue(toB.get(2).text().startsWith("Dental care is free."), toB.get(2).text());
    }

    @Test
    void tooManyRequestsIsRetriedAfterRetryAfter() throws Exception {
        poll();
        long chat = newChat();
        api.failNext("sendMessage", 429, 1);
        api.text(chat, "/help");
        api.awaitSent(chat, 1);
        List<FakeBotApi.Call> tries = api.calls("sendMessage");
        assertEquals(429, tries.get(0).status());
        assertEquals(200, tries.get(1).status());
        assertTrue(tries.get(1).atNanos() - tries.get(0).atNanos() >= Duration.ofSeconds(1).toNanos(),
                "the retry waited retry_after");
    }

    @Test
    void serverErrorIsRetriedAndTheReplyDeliveredOnce() throws Exception {
        poll();
        long chat = newChat();
        api.failNext("sendMessage", 500, 0);
        api.text(chat, "/help");
        api.awaitSent(chat, 1);
        api.awaitConfirmed();
        assertEquals(List.of(500, 200), api.calls("sendMessage").stream().map(FakeBotApi.Call::status).toList());
        assertEquals(1, api.sent(chat).size());
    }

    @Test
    void redeliveredUpdateIdIsAnsweredOnce() throws Exception {
        poll();
        long chat = newChat();
        var update = api.update(api.message(chat, "private", "/help"));
        api.enqueue(update, update.deepCopy());
        api.awaitSent(chat, 1);
        api.text(chat, "/emergency");
        List<FakeBotApi.Sent> sent = api.awaitSent(chat, 2);
        assertTrue(sent.get(1).text().startsWith("113"), "the next message was the emergency answer, not a second help");
        assertEquals(2, api.sent(chat).size());
    }

    @Test
    void forgetDeletesTheChatsSession() throws Exception {
        poll();
        long chat = newChat();
        api.text(chat, "Is the dentist free for me?");
        api.awaitSent(chat, 2);
        api.text(chat, "/forget");
        assertTrue(api.awaitSent(chat, 3).get(2).text().startsWith("I have deleted everything"));
        api.text(chat, "1985");
        assertFalse(api.awaitSent(chat, 4).get(3).text().startsWith("Where do you live?"), "the flow is gone");
    }

    @Test
    void groupChatsAnswerOnlyCommandsAndMentions() throws Exception {
        poll();
        long group = -newChat();
        api.groupText(group, "is the dentist free?");
        api.groupText(group, "/help@some_other_bot");
        api.groupText(group, "@" + FakeBotApi.USERNAME + " what is the emergency number?");
        api.groupText(group, "/emergency@" + FakeBotApi.USERNAME);
        List<FakeBotApi.Sent> sent = api.awaitSent(group, 2);
        api.awaitConfirmed();
        assertEquals(2, api.sent(group).size());
        assertTrue(sent.get(0).text().contains("113") && sent.get(1).text().startsWith("113"));
    }

    @Test
    void pollingRefusesToDeleteAWebhookThatIsSet() throws Exception {
        api.setWebhookUrl("https://bot.example.no/telegram");
        TelegramStartException e = assertThrows(TelegramStartException.class,
                () -> TelegramChannel.startPolling(bot, settings(), false, TestServices.inMemory()));
        assertTrue(e.getMessage().contains("bot.example.no"), e.getMessage());
        assertTrue(api.calls("deleteWebhook").isEmpty());

        channel = TelegramChannel.startPolling(bot, settings(), true, TestServices.inMemory());
        assertEquals(1, api.calls("deleteWebhook").size());
    }

    @Test
    void wrongTokenStopsStartUpWithoutShowingIt() {
        String other = "987654321:ANOTHER-token-that-the-fake-refuses00";
        TelegramSettings wrong = new TelegramSettings(BotToken.parse(other, "token"), URI.create(api.url()), 1, 2,
                Limits.TELEGRAM);
        TelegramStartException e = assertThrows(TelegramStartException.class,
                () -> TelegramChannel.startPolling(bot, wrong, false, TestServices.inMemory()));
        assertTrue(e.getMessage().contains("refused TELEGRAM_BOT_TOKEN"), e.getMessage());
        assertFalse(e.getMessage().contains("ANOTHER-token"));
    }

    @Test
    void webhookChecksTheSecretAndAnswersARedeliveredUpdateOnce() throws Exception {
        WebhookSettings hook = new WebhookSettings(URI.create("https://bot.example.no/telegram"), "s3cret-value",
                "127.0.0.1", 0);
        channel = TelegramChannel.startWebhook(bot, settings(), hook, TestServices.inMemory());
        FakeBotApi.Call set = api.awaitCalls("setWebhook", 1).get(0);
        assertEquals(200, set.status());
        long chat = newChat();
        String update = api.update(api.message(chat, "private", "/help")).toString();

        assertEquals(401, post(channel.webhookPort(), update, "wrong"));
        assertEquals(401, post(channel.webhookPort(), update, null));
        assertEquals(200, post(channel.webhookPort(), update, "s3cret-value"));
        assertEquals(200, post(channel.webhookPort(), update, "s3cret-value"));
        assertEquals(400, post(channel.webhookPort(), "not json", "s3cret-value"));
        assertEquals(1, api.sent(chat).size(), "answered before the 200, and only once");
        assertTrue(api.calls("deleteWebhook").isEmpty());
    }

    @Test
    void tokenNeverReachesTheLog() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            poll();
            long chat = newChat();
            for (int i = 0; i < 4; i++) {
                api.failNext("sendMessage", 500, 0); // gives up after 4 attempts: logged
            }
            api.text(chat, "/help");
            api.text(chat, "/start");
            api.awaitSent(chat, 1);
            channel.close();
            channel = null;
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("not delivered"), "the failure is logged: " + log);
        assertFalse(log.contains(FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':'))), log);
        assertFalse(log.contains("What would you like"), "no message text in the log");
    }

    private static int post(int port, String body, String secret) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (secret != null) {
            r.header(WebhookServer.SECRET_HEADER, secret);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
