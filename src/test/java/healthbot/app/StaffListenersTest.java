package healthbot.app;

import healthbot.TestBots;
import healthbot.dialogue.Bot;
import healthbot.store.InMemoryStore;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The review switch: nothing kept when off (the default), kept when on; counts either way when there is a store. */
class StaffListenersTest {

    private static final String UNANSWERED = "what is the capital of mongolia";

    @Test
    void withReviewOffNothingIsKeptForReviewButTheReplyIsCounted() {
        InMemoryStore store = new InMemoryStore();
        Bot bot = StaffListeners.attach(TestBots.bot(), store, "console", Map.of());
        bot.handle("1", UNANSWERED);
        assertEquals(0, store.inbox().size());
        assertFalse(store.counts(LocalDate.of(2026, 11, 21)).isEmpty());
        assertFalse(bot.handle("1", "/privacy").messages().get(0).text().contains("staff"));
    }

    @Test
    void withReviewOnTheMessageIsKeptAndPrivacySaysForHowLong() {
        InMemoryStore store = new InMemoryStore();
        Bot bot = StaffListeners.attach(TestBots.bot(), store, "console",
                Map.of("HEALTHBOT_REVIEW", "on", "HEALTHBOT_REVIEW_DAYS", "7"));
        bot.handle("1", UNANSWERED);
        assertEquals(1, store.inbox().size());
        assertTrue(bot.handle("1", "/privacy").messages().get(0).text().contains("kept for staff for 7 days"));
    }

    @Test
    void aSwitchOrDaysItCannotMeanStopsTheStartWithTheVariableNamed() {
        InMemoryStore store = new InMemoryStore();
        assertTrue(assertThrows(UserError.class, () -> StaffListeners.attach(TestBots.bot(), store, "console",
                Map.of("HEALTHBOT_REVIEW", "maybe"))).getMessage().contains("HEALTHBOT_REVIEW"));
        assertTrue(assertThrows(UserError.class, () -> StaffListeners.attach(TestBots.bot(), store, "console",
                Map.of("HEALTHBOT_REVIEW", "on", "HEALTHBOT_REVIEW_DAYS", "0"))).getMessage().contains("HEALTHBOT_REVIEW_DAYS"));
    }

    @Test
    void aBotWithoutAStoreGetsNoListeners() {
        Bot bot = StaffListeners.attach(TestBots.bot(), null, "console", Map.of("HEALTHBOT_REVIEW", "on"));
        assertFalse(bot.handle("1", "/privacy").messages().get(0).text().contains("staff"));
    }
}
