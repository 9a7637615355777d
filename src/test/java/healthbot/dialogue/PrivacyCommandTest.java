package healthbot.dialogue;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.content.Content;
import healthbot.content.ContentCopy;
import healthbot.content.ContentLoader;
import healthbot.nlu.Nlu;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /privacy}: what is kept and for how long, in the chat's language, with the review inbox when it is on. */
class PrivacyCommandTest {

    private static String text(Reply r) {
        return r.messages().get(r.messages().size() - 1).text();
    }

    @Test
    void withReviewOffTheAnswerGivesTheSessionTimeAndSaysNothingOfAnInbox() {
        Reply r = TestBots.bot().handle("p", "/privacy");
        assertEquals(ReplyKind.COMMAND, r.kind());
        assertEquals("privacy", r.intent());
        assertTrue(text(r).contains("for 30 minutes after your last message"), text(r));
        assertFalse(text(r).contains("staff"), text(r));
    }

    @Test
    void withReviewOnTheAnswerSaysForHowManyDaysUnansweredMessagesAreKeptMasked() {
        Bot bot = TestBots.bot();
        bot.keepsForReview(14);
        String text = text(bot.handle("p", "/privacy"));
        assertTrue(text.contains("kept for staff for 14 days, with numbers, e-mail addresses, phone numbers and links removed"), text);
    }

    @Test
    void theAnswerIsInTheLanguageOfTheChatForEveryLanguageOfTheContent() {
        Bot bot = TestBots.bot();
        bot.keepsForReview(30);
        for (String language : List.of("nb", "nn", "pl", "ar", "lt")) {
            bot.handle(language, "/language");
            Reply set = bot.handle(language, TestBots.content().languages().get(language).name());
            assertEquals(language, set.language(), language);
            Reply r = bot.handle(language, "/privacy");
            assertEquals(language, r.language(), language);
            assertTrue(text(r).contains("30") && text(r).contains("/forget"), language + ": " + text(r));
            assertFalse(text(r).contains("What I keep"), language + ": " + text(r));
        }
    }

    @Test
    void aLanguageWithoutTheTextFallsBackWithTheNote() {
        Content content = ContentLoader.load(ContentCopy.FIXTURE);
        Bot bot = new Bot(content, Nlu.train(content), OsloClock.fixedOrSystem("2026-11-21T12:00:00"), new NorwegianHolidays());
        bot.handle("z", "zi zeed zan zinterpreter");
        String text = text(bot.handle("z", "/privacy"));
        assertTrue(text.startsWith("Kept 30 minutes."), text);
        assertTrue(text.contains("(Zot zranslated zet: zown zin Zenglish.)"), text);
    }

    @Test
    void negativeReviewDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TestBots.bot().keepsForReview(-1));
    }
}
