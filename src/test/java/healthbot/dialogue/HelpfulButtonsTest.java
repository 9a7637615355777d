package healthbot.dialogue;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.content.Content;
import healthbot.staff.UsageCounter;
import healthbot.store.InMemoryStore;
import healthbot.store.UsageCount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Was this helpful?": which replies carry the two buttons, what pressing one does (thanks, one
 * count, nothing else moved) and what a stale or typed-over one does (nothing).
 */
class HelpfulButtonsTest {

    private static final String YES = "👍 Helpful";
    private static final String NO = "👎 Not helpful";
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);

    private final InMemoryStore counts = new InMemoryStore();

    private Bot counted(Bot bot) {
        bot.listen(new UsageCounter(counts, "console"));
        return bot;
    }

    /** measure:intent -> count, for the helpful measures. */
    private Map<String, Long> helpfulCounts() {
        Map<String, Long> out = new TreeMap<>();
        for (UsageCount c : counts.counts(SATURDAY)) {
            if (c.key().measure().startsWith("helpful")) {
                out.merge(c.key().measure() + ":" + c.key().intent(), c.count(), Long::sum);
            }
        }
        return out;
    }

    private static boolean asks(Reply r) {
        return r.buttons().contains(YES) && r.buttons().contains(NO);
    }

    @Test
    void aTopicAnswerEndsWithTheTwoButtonsOnItsOwnMessage() {
        Reply r = TestBots.bot().handle("c", "how do I complain about my treatment");
        assertEquals(1, r.messages().size(), "no message of its own");
        List<String> buttons = r.messages().get(0).buttons();
        assertEquals(List.of(YES, NO), buttons.subList(buttons.size() - 2, buttons.size()));
        assertNull(r.awaiting());
    }

    @Test
    void aFlowsDecisionEndsWithTheButtonsButItsQuestionsDoNot() {
        Bot bot = TestBots.bot();
        Reply question = bot.handle("c", "Is the dentist free for me?");
        assertFalse(asks(question), question.buttons().toString());
        Reply decision = bot.handle("c", "2010");
        assertEquals("FREE_CHILD", decision.outcome());
        assertTrue(asks(decision), decision.buttons().toString());
    }

    @Test
    void emergencyFallbackClarifyGreetingAndTriageRepliesNeverAsk() {
        Bot bot = TestBots.bot();
        for (String message : List.of("my father is not breathing", "what is the capital of mongolia", "/start",
                "km and receipts", "/emergency")) {
            Reply r = bot.handle("n-" + message, message);
            assertFalse(asks(r), message + " -> " + r.kind() + " " + r.buttons());
        }
        Reply pointer = bot.handle("p", "is the dentist open in an emergency");
        assertFalse(asks(pointer), "a reply with 113 first is never diluted: " + pointer.buttons());
    }

    @Test
    void pressingHelpfulThanksInTheChatsLanguageCountsOnceAndASecondPressIsStale() {
        Bot bot = counted(TestBots.bot());
        Reply answer = bot.handle("c", "hvordan klager jeg på behandlingen");
        assertEquals("nb", answer.language());
        assertTrue(answer.buttons().contains("👍 Nyttig"), answer.buttons().toString());
        int yes = answer.buttons().indexOf("👍 Nyttig");

        Reply thanks = bot.press("c", answer.offerId(), yes).orElseThrow();
        assertEquals("Takk for at du sa fra!", thanks.messages().get(0).text());
        assertEquals(new Reply.Rating(answer.intent(), true), thanks.rated());
        assertFalse(thanks.buttons().contains("👍 Nyttig"), "the rating buttons go once pressed");
        assertTrue(bot.press("c", answer.offerId(), yes).isEmpty(), "the old keyboard is stale");
        Reply typedAgain = bot.handle("c", "👍 Nyttig");
        assertEquals("stale_buttons", typedAgain.intent());
        assertNull(typedAgain.rated());

        assertEquals(Map.of("helpful_yes:" + answer.intent(), 1L), helpfulCounts());
    }

    @Test
    void sendingTheNoLabelAsTextWorksAsPressingIt() {
        Bot bot = counted(TestBots.bot());
        Reply answer = bot.handle("c", "how do I complain about my treatment");
        Reply thanks = bot.handle("c", NO);
        assertEquals("Thank you for telling me!", thanks.messages().get(0).text());
        assertEquals(answer.buttons().subList(0, answer.buttons().size() - 2), thanks.buttons(),
                "the answer's topic buttons stay offered");
        assertEquals(Map.of("helpful_no:complaints", 1L), helpfulCounts());
    }

    @Test
    void typingSomethingElseInsteadDropsTheQuestionAndCountsNothing() {
        Bot bot = counted(TestBots.bot());
        bot.handle("c", "how do I complain about my treatment");
        Reply next = bot.handle("c", "do I have the right to an interpreter");
        assertEquals("interpreter", next.intent());
        assertEquals(Map.of(), helpfulCounts());
    }

    @Test
    void aStaleRatingDuringAFlowLeavesTheQuestionExactlyAsItWas() {
        Bot bot = counted(TestBots.bot());
        Reply answer = bot.handle("c", "how do I complain about my treatment");
        Reply question = bot.handle("c", "Is the dentist free for me?");
        assertEquals("birth_year", question.awaiting());
        int yes = answer.buttons().indexOf(YES);
        assertTrue(bot.press("c", answer.offerId(), yes).isEmpty(), "a press on the answer's old keyboard");
        for (int i = 0; i < 3; i++) { // more than the re-prompts a flow allows: none of them counts as one
            Reply typed = bot.handle("c", YES);
            assertEquals("stale_buttons", typed.intent());
            assertEquals("birth_year", typed.awaiting());
        }
        assertEquals(Map.of(), helpfulCounts());
        assertEquals(Optional.of("dental_eligibility"), bot.flowInProgress("c")); // the flow the question belongs to
        Reply decision = bot.handle("c", "2010");
        assertEquals("FREE_CHILD", decision.outcome());
    }

    @Test
    void aStaleRatingKeepsTheQuestionsButtonsPressable() {
        Bot bot = TestBots.bot();
        bot.handle("c", "how do I complain about my treatment");
        bot.handle("c", "how much does physiotherapy cost");
        bot.handle("c", "I am 40");
        Reply stale = bot.handle("c", YES);
        assertEquals("occupational_injury", stale.awaiting());
        assertEquals(List.of("Yes", "No"), stale.buttons());
        Reply next = bot.press("c", stale.offerId(), stale.buttons().indexOf("No")).orElseThrow();
        assertEquals("paid", next.awaiting());
    }

    @Test
    void withAskHelpfulOffNoReplyHasTheButtonsAndTheLabelIsJustText() {
        Content c = TestBots.content();
        Content off = c.withSettings(c.settings().withAskHelpful(false));
        Bot bot = counted(new Bot(off, TestBots.nlu(), OsloClock.fixedOrSystem(TestBots.SATURDAY_NOON), new NorwegianHolidays()));
        Reply answer = bot.handle("c", "how do I complain about my treatment");
        assertFalse(answer.buttons().contains(YES) || answer.buttons().contains(NO), answer.buttons().toString());
        bot.handle("c", "Is the dentist free for me?");
        Reply decision = bot.handle("c", "2010");
        assertFalse(asks(decision), decision.buttons().toString());
        assertFalse(bot.handle("c", "/privacy").messages().get(0).text().contains(YES), "/privacy says nothing of it");
        assertEquals(Map.of(), helpfulCounts());
    }

    @Test
    void privacySaysThatRatingsAreCountedPerTopicWhenAsked() {
        String text = TestBots.bot().handle("c", "/privacy").messages().get(0).text();
        assertTrue(text.contains("I count it for that topic, with nothing about who tapped"), text);
    }

    @Test
    void inEveryLanguageBothLabelsArePressableAndNeitherReadsAsAnEmergency() {
        // a label goes through the same reading as typed text (an emergency word in it would put 113 first):
        // a Somali "no" once read as an emergency
        Bot bot = counted(TestBots.bot());
        for (String language : TestBots.content().languages().codes()) {
            for (boolean yes : new boolean[] {true, false}) {
                String chat = language + yes;
                bot.presetLanguage(chat, language);
                Reply answer = bot.startIntent(chat, "complaints");
                List<String> buttons = answer.buttons();
                Reply thanks = bot.press(chat, answer.offerId(), buttons.size() - (yes ? 2 : 1)).orElseThrow();
                assertEquals(new Reply.Rating("complaints", yes), thanks.rated(), language + " " + buttons);
                assertEquals(language, thanks.language());
            }
        }
        int languages = TestBots.content().languages().codes().size();
        assertEquals(Map.of("helpful_no:complaints", (long) languages, "helpful_yes:complaints", (long) languages), helpfulCounts());
    }
}
