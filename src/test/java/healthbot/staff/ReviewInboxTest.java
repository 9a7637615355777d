package healthbot.staff;

import healthbot.TestBots;
import healthbot.dialogue.Bot;
import healthbot.store.InMemoryStore;
import healthbot.store.InboxEntry;
import healthbot.testsupport.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review inbox on the shipped content: what is kept, masked, and what is not. */
class ReviewInboxTest {

    private static final String CHAT = "chat-4711";

    private final MovableClock storeClock = new MovableClock();
    private final InMemoryStore store = new InMemoryStore(storeClock);
    private final Bot bot = TestBots.bot(); // Saturday 21 November 2026, 12:00 in Oslo (11:00 UTC)

    {
        bot.listen(new ReviewInbox(store, Duration.ofDays(30)));
    }

    private List<String> texts() {
        return store.inbox().stream().map(InboxEntry::text).toList();
    }

    @Test
    void aFallbackIsKeptMaskedWithItsLanguageHourAndGuessesAndNoChatId() {
        bot.handle(CHAT, "what is the capital of mongolia, call me on 98765432");
        List<InboxEntry> inbox = store.inbox();
        assertEquals(1, inbox.size(), inbox.toString());
        InboxEntry e = inbox.get(0);
        assertEquals("FALLBACK", e.kind());
        assertEquals("what is the capital of mongolia, call me on <phone>", e.text());
        assertEquals("en", e.language());
        assertEquals(Instant.parse("2026-11-21T11:00:00Z"), e.hour());
        assertEquals("fallback", e.guesses().get(0).intent());
        assertEquals(2, e.guesses().size());
        assertFalse(e.toString().contains("4711"), e.toString());
    }

    @Test
    void aDidYouMeanThatThePersonPickedIsNotKept() {
        assertEquals(healthbot.dialogue.ReplyKind.CLARIFY, bot.handle(CHAT, "km and receipts").kind());
        bot.handle(CHAT, "Travel refund for dental care");
        assertEquals(List.of(), texts());
    }

    @Test
    void aDidYouMeanFollowedByAnotherMessageIsKeptAsUnpicked() {
        bot.handle(CHAT, "km and receipts");
        assertEquals(List.of(), texts(), "not before the next message shows it was not picked");
        bot.handle(CHAT, "what is the capital of mongolia");
        assertEquals(List.of("km and receipts", "what is the capital of mongolia"), texts());
        assertEquals(List.of("CLARIFY", "FALLBACK"), store.inbox().stream().map(InboxEntry::kind).toList());
        assertEquals(java.util.Set.of("dental_travel", "gp_role"), java.util.Set.copyOf(store.inbox().get(0).guesses().stream().map(InboxEntry.Guess::intent).toList()),
                "the two guesses the bot offered");
    }

    @Test
    void aDidYouMeanNobodyAnsweredIsKeptOnceItsWaitIsOver() {
        ReviewInbox inbox = new ReviewInbox(store, Duration.ofDays(30));
        Bot later = TestBots.bot("2026-11-21T13:00:00");
        Bot now = TestBots.bot();
        now.listen(inbox);
        later.listen(inbox);
        now.handle("a", "km and receipts");
        assertEquals(1, inbox.waiting());
        later.handle("b", "Legevakt"); // another chat, an hour later
        assertEquals(0, inbox.waiting());
        assertEquals(List.of("km and receipts"), texts());
    }

    @Test
    void aQuestionThatGaveUpKeepsTheLastUnreadableAnswer() {
        bot.handle(CHAT, "tannlege");
        bot.handle(CHAT, "dentist or doctor for my child");
        bot.handle(CHAT, "can i change");
        assertEquals(healthbot.dialogue.ReplyKind.GAVE_UP, bot.handle(CHAT, "blue sky").kind());
        assertEquals(List.of("blue sky"), texts());
        assertEquals("GAVE_UP", store.inbox().get(0).kind());
    }

    @Test
    void answeredQuestionsAndButtonPressesAreNotKept() {
        bot.handle(CHAT, "legevakt");
        bot.handle(CHAT, "Hi");
        assertEquals(List.of(), texts());
    }

    @Test
    void anEntryExpiresAfterTheDaysTheOperatorChose() {
        Bot shortKeep = TestBots.bot();
        shortKeep.listen(new ReviewInbox(store, Duration.ofDays(2)));
        shortKeep.handle(CHAT, "what is the capital of mongolia");
        storeClock.advance(Duration.ofDays(2).minusMinutes(1));
        assertEquals(1, store.inbox().size());
        storeClock.advance(Duration.ofMinutes(2));
        assertTrue(store.inbox().isEmpty());
    }
}
