package healthbot.channel.telegram;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.dialogue.Bot;
import healthbot.staff.UsageCounter;
import healthbot.store.InMemoryStore;
import healthbot.store.UsageCount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Was this helpful?" on Telegram, end to end: the real telegrambots library polls a fake Bot API
 * on 127.0.0.1; the bot keeps its sessions in a store and counts into it, as {@code telegram} does.
 */
class TelegramHelpfulEndToEndTest {

    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);
    private static final long CHAT = 4242;

    private FakeBotApi api;
    private TelegramChannel channel;
    private InMemoryStore store;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        store = new InMemoryStore();
        Bot bot = new Bot(TestBots.content(), TestBots.nlu(), OsloClock.fixedOrSystem(TestBots.SATURDAY_NOON),
                new NorwegianHolidays(), store);
        bot.listen(new UsageCounter(store, "telegram"));
        TelegramSettings settings = new TelegramSettings(BotToken.parse(FakeBotApi.TOKEN, "token"), URI.create(api.url()),
                1, 8, Limits.unlimited(4, Duration.ofMillis(20)));
        channel = TelegramChannel.startPolling(bot, settings, false, TestServices.over(store));
    }

    @AfterEach
    void stop() {
        channel.close();
        api.close();
    }

    private long helpfulCount(String measure) {
        return store.counts(SATURDAY).stream()
                .filter(c -> c.key().measure().equals(measure) && c.key().intent().equals("complaints"))
                .peek(c -> assertEquals("telegram", c.key().channel()))
                .mapToLong(UsageCount::count).sum();
    }

    @Test
    void pressingHelpfulAnswersTheCallbackWithThanksKeepsTheTopicButtonsAndCountsOnce() throws Exception {
        api.text(CHAT, "how do I complain about my treatment");
        FakeBotApi.Sent answer = api.awaitSent(CHAT, 1).get(0);
        List<String> labels = answer.buttons().stream().map(FakeBotApi.Button::label).toList();
        assertEquals(List.of("Physiotherapy", "Interpreters", "👍 Helpful", "👎 Not helpful"), labels,
                "the question is the answer's own last two buttons, no message of its own");
        for (FakeBotApi.Button b : answer.buttons()) {
            assertTrue(b.data().matches("b:\\d+:\\d+"), b.data()); // ids only: no label, no message text
            assertTrue(b.data().getBytes(StandardCharsets.UTF_8).length <= 64, b.data());
        }

        api.press(answer, "👍 Helpful");
        FakeBotApi.Call thanks = api.awaitCalls("answerCallbackQuery", 1).get(0);
        assertEquals("Thank you for telling me!", thanks.body().path("text").asText());
        FakeBotApi.Call edit = api.awaitCalls("editMessageReplyMarkup", 1).get(0);
        assertEquals(answer.messageId(), edit.body().path("message_id").asInt());
        String keyboard = edit.body().path("reply_markup").toString();
        assertTrue(keyboard.contains("Physiotherapy") && keyboard.contains("Interpreters"), keyboard);
        assertFalse(keyboard.contains("Helpful"), "the rating buttons go once pressed: " + keyboard);

        api.press(answer, "👍 Helpful"); // pressed again on the old keyboard (a second tap before it went away)
        api.press(answer, "👎 Not helpful");
        List<FakeBotApi.Call> answered = api.awaitCalls("answerCallbackQuery", 3);
        assertEquals("These buttons are out of date. Please use the latest message.", answered.get(1).body().path("text").asText());
        assertEquals("These buttons are out of date. Please use the latest message.", answered.get(2).body().path("text").asText());
        api.awaitConfirmed();

        assertEquals(1, api.sent(CHAT).size(), "the thanks is the callback's notice, not a new message in the chat");
        assertEquals(1, helpfulCount(UsageCounter.HELPFUL_YES));
        assertEquals(0, helpfulCount(UsageCounter.HELPFUL_NO));
    }

    @Test
    void aTopicButtonKeptAfterTheThanksStillWorks() throws Exception {
        api.text(CHAT, "how do I complain about my treatment");
        FakeBotApi.Sent answer = api.awaitSent(CHAT, 1).get(0);
        api.press(answer, "👎 Not helpful");
        FakeBotApi.Call edit = api.awaitCalls("editMessageReplyMarkup", 1).get(0);
        String data = null;
        for (var row : edit.body().path("reply_markup").path("inline_keyboard")) {
            for (var button : row) {
                if (button.path("text").asText().equals("Interpreters")) {
                    data = button.path("callback_data").asText();
                }
            }
        }
        assertTrue(data != null, edit.body().toString());
        api.enqueue(api.callback(CHAT, answer.messageId(), data));
        FakeBotApi.Sent interpreters = api.awaitSent(CHAT, 2).get(1);
        assertTrue(interpreters.text().toLowerCase().contains("interpreter"), interpreters.text());
        assertEquals(1, helpfulCount(UsageCounter.HELPFUL_NO));
    }
}
