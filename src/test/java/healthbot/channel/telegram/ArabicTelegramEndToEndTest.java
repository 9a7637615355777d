package healthbot.channel.telegram;

import healthbot.clock.OsloClock;
import healthbot.dialogue.Bot;
import healthbot.dialogue.BotFactory;
import healthbot.testsupport.VisualOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An Arabic-speaking resident on Telegram: the real telegrambots library (long polling and client)
 * against {@link FakeBotApi} on 127.0.0.1, with the shipped content. What is checked is the text
 * the Bot API receives, as a Telegram app would lay it out right to left: 113 first, and "116 117"
 * and "69 11 77 99" in their written order.
 */
class ArabicTelegramEndToEndTest {

    private static final char LRI = '\u2066';
    private static final char PDI = '\u2069';
    private static final AtomicLong CHATS = new AtomicLong(7000);

    private static Bot bot;

    private FakeBotApi api;
    private TelegramChannel channel;

    @BeforeAll
    static void loadBot() {
        bot = BotFactory.create(Path.of("intents"), OsloClock.fixedOrSystem("2026-11-21T12:00:00"));
    }

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        TelegramSettings settings = new TelegramSettings(BotToken.parse(FakeBotApi.TOKEN, "token"), URI.create(api.url()),
                1, 8, Limits.unlimited(4, Duration.ofMillis(20)));
        channel = TelegramChannel.startPolling(bot, settings, false, TestServices.inMemory());
    }

    @AfterEach
    void stop() {
        if (channel != null) {
            channel.close();
        }
        api.close();
    }

    private static boolean arabic(String text) {
        return text.codePoints().filter(Character::isLetter)
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count() > 20;
    }

    @Test
    void startFromAnAppSetToArabicGreetsInArabicWithArabicButtons() throws Exception {
        long chat = CHATS.incrementAndGet();
        api.text(chat, "/start", "ar");
        FakeBotApi.Sent greeting = api.awaitSent(chat, 1).get(0);
        assertTrue(greeting.text().startsWith("مرحبًا!"), greeting.text());
        assertTrue(greeting.text().contains(LRI + "113" + PDI), "the emergency number is isolated: " + greeting.text());
        assertTrue(greeting.buttons().stream().anyMatch(b -> b.label().equals("هل طبيب الأسنان مجاني لي؟")),
                greeting.buttons().toString());
    }

    @Test
    void aMessageInArabicScriptGetsAnArabicReplyWithTheNumberInOrder() throws Exception {
        long chat = CHATS.incrementAndGet();
        api.text(chat, "كيف أسجل عند طبيب الأسرة في بيروم؟"); // no language_code: the script says it
        String reply = api.awaitSent(chat, 1).get(0).text();
        assertTrue(arabic(reply), reply);
        String line = reply.lines().filter(l -> l.contains("810 59 500")).findFirst().orElseThrow(() -> new AssertionError(reply));
        assertTrue(line.contains(LRI + "810 59 500" + PDI), line);
        assertEquals(List.of("810 59 500"), VisualOrder.numbersLeftToRight(line));
    }

    @Test
    void anEmergencyInArabicGets113FirstAndEveryPhoneNumberStaysInItsWrittenOrder() throws Exception {
        long chat = CHATS.incrementAndGet();
        api.text(chat, "ابني عمره سنتين وما يتنفس وشفايفه زرقاء", "ar");
        FakeBotApi.Sent first = api.awaitSent(chat, 1).get(0);
        String text = first.text();
        assertTrue(text.startsWith(LRI + "113" + PDI), "113 first: " + text);
        assertTrue(arabic(text), text);

        String legevakt = text.lines().filter(l -> l.contains("116 117")).findFirst().orElseThrow(() -> new AssertionError(text));
        assertTrue(legevakt.contains(LRI + "116 117" + PDI), legevakt);
        assertEquals(List.of("116 117"), VisualOrder.numbersLeftToRight(legevakt), "as an app draws the line, left to right");

        String dentist = text.lines().filter(l -> l.contains("69 11 77 99")).findFirst().orElseThrow(() -> new AssertionError(text));
        assertTrue(dentist.contains(LRI + "69 11 77 99" + PDI), dentist);
        List<String> shown = VisualOrder.numbersLeftToRight(dentist);
        assertTrue(shown.contains("69 11 77 99") && !shown.contains("99 77 11 69"), "drawn left to right: " + shown);
        assertTrue(text.indexOf("113") < text.indexOf("116 117") && text.indexOf("116 117") < text.indexOf("69 11 77 99"),
                "113, then legevakt, then the emergency dentist: " + text);

        // without the isolates the same line would be drawn with its groups reversed: the check above can fail
        assertEquals(List.of("117", "116"), VisualOrder.numbersLeftToRight(legevakt.replaceAll("[\\u2066-\\u2069]", "")));
    }
}
