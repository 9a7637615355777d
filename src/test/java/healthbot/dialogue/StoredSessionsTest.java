package healthbot.dialogue;

import healthbot.testsupport.MovableClock;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.nlu.Nlu;
import healthbot.store.ChatLock;
import healthbot.store.ConversationStore;
import healthbot.store.StaleFenceException;
import healthbot.store.InMemoryStore;
import healthbot.store.SqliteStore;
import healthbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

/** A bot whose sessions live in a store between messages: restarts, /forget, expiry, failing turns. */
class StoredSessionsTest {

    @TempDir
    Path dir;

    private final Clock noon = Clock.fixed(Instant.parse("2026-11-21T11:00:00Z"), ZoneId.of("Europe/Oslo"));

    private Bot bot(ConversationStore store) {
        return new Bot(TestBots.content(), TestBots.nlu(), noon, new NorwegianHolidays(), store);
    }

    private static String text(Reply r) {
        return String.join("\n", r.messages().stream().map(OutMessage::text).toList());
    }

    @Test
    void aNewBotOverTheSameSqliteFileContinuesTheDentalTravelFlowAtTheQuestionItAsked() {
        Path file = dir.resolve("data/healthbot.db");
        Reply asked;
        try (ConversationStore store = Stores.sqlite(file)) {
            Bot before = bot(store);
            assertEquals("free_care", before.handle("42", "travel refund for dentist").awaiting());
            before.handle("42", "Yes");
            asked = before.handle("42", "No");
            assertEquals("local_clinic", asked.awaiting());
        }
        try (ConversationStore store = Stores.sqlite(file)) { // the restarted process
            Bot after = bot(store);
            Reply next = after.handle("42", "No");
            assertEquals("transport", next.awaiting(), text(next));
            assertEquals("km", after.handle("42", "Own car").awaiting());
            Reply decided = after.handle("42", "174 km");
            assertEquals("REFUND_ABOVE_THRESHOLD", decided.outcome());
            assertTrue(text(decided).contains("NOK 400.20"), text(decided));
        }
    }

    @Test
    void aButtonOfTheReplyBeforeARestartStillWorksAfterIt() {
        Path file = dir.resolve("buttons.db");
        Reply asked;
        try (ConversationStore store = Stores.sqlite(file)) {
            asked = bot(store).handle("7", "travel refund for dentist");
        }
        int yes = asked.buttons().indexOf("Yes");
        assertTrue(yes >= 0, asked.buttons().toString());
        try (ConversationStore store = Stores.sqlite(file)) {
            Optional<Reply> pressed = bot(store).press("7", asked.offerId(), yes);
            assertTrue(pressed.isPresent(), "the offer survived the restart");
            assertEquals("specialist", pressed.get().awaiting());
        }
    }

    @Test
    void forgetDeletesTheChatFromTheStoreAtOnce() {
        try (ConversationStore store = new InMemoryStore()) {
            Bot bot = bot(store);
            bot.handle("9", "travel refund for dentist");
            assertTrue(store.loadSession("9").isPresent());
            bot.forget("9");
            assertEquals(Optional.empty(), store.loadSession("9"));
            assertNull(bot.handle("9", "No").awaiting(), "the flow was forgotten");
        }
    }

    @Test
    void theStoredSessionHoldsNoMessageText() {
        try (ConversationStore store = new InMemoryStore()) {
            bot(store).handle("5", "Kari Nordmann here, is the dentist free for me? I live at Storgata 12");
            String stored = store.loadSession("5").orElseThrow();
            assertFalse(stored.contains("Kari") || stored.contains("Storgata"), stored);
            assertTrue(stored.contains("\"awaiting\":\"birth_year\""), stored);
        }
    }

    @Test
    void anIdleSessionExpiresInTheStoreAsInMemory() {
        MovableClock clock = new MovableClock();
        try (ConversationStore store = new SqliteStore(dir.resolve("idle.db"), clock)) {
            Bot bot = new Bot(TestBots.content(), TestBots.nlu(), clock, new NorwegianHolidays(), store);
            assertEquals("free_care", bot.handle("3", "travel refund for dentist").awaiting());
            int idle = TestBots.content().settings().sessionIdleMinutes();
            clock.advance(Duration.ofMinutes(idle - 1));
            assertEquals("specialist", bot.handle("3", "Yes").awaiting(), "still within the idle time");
            clock.advance(Duration.ofMinutes(idle + 1));
            assertEquals(Optional.empty(), store.loadSession("3"));
            assertNull(bot.handle("3", "No").awaiting(), "the flow expired");
        }
    }

    @Test
    void aTurnThatThrowsSavesNothingAndTheFlowGoesOn() {
        Nlu nlu = spy(TestBots.nlu());
        doThrow(new IllegalStateException("a bug")).when(nlu).analyze(eq("boom"));
        try (ConversationStore store = new InMemoryStore()) {
            Bot bot = new Bot(TestBots.content(), nlu, noon, new NorwegianHolidays(), store);
            assertEquals("free_care", bot.handle("8", "travel refund for dentist").awaiting());
            Reply failed = bot.handle("8", "boom");
            assertEquals("free_care", failed.awaiting(), "the apology keeps the question open");
            String after = store.loadSession("8").orElseThrow();
            assertTrue(after.contains("\"awaiting\":\"free_care\""), after);
            assertEquals("specialist", bot.handle("8", "Yes").awaiting());
        }
    }

    @Test
    void aCorruptRecordStartsTheChatAfreshWithoutAnError() {
        try (ConversationStore store = new InMemoryStore()) {
            store.saveSession("6", "{\"v\":1,\"expires\":9999999999999,\"flow\":{\"intent\"", Duration.ofHours(1), 0);
            Reply r = bot(store).handle("6", "emergency");
            assertTrue(text(r).lines().findFirst().orElse("").contains("113"), text(r));
            assertTrue(store.loadSession("6").orElseThrow().startsWith("{\"v\":2"), "rewritten in the current format");
        }
    }

    @Test
    void anAnswerUnderALockTakenAgainSinceIsRefusedAndTheNewerSessionKept() {
        MovableClock clock = new MovableClock();
        try (ConversationStore store = new InMemoryStore(clock)) {
            Bot bot = bot(store);
            ChatLock stalled = store.lockChat("4", Duration.ofSeconds(30), Duration.ofSeconds(1));
            clock.advance(Duration.ofMinutes(1)); // its lease ran out
            try (ChatLock current = store.lockChat("4", Duration.ofSeconds(30), Duration.ofSeconds(1))) {
                assertEquals("free_care", bot.handle("4", "travel refund for dentist", current.fence()).awaiting());
                assertThrows(StaleFenceException.class, () -> bot.handle("4", "Yes", stalled.fence()));
                assertTrue(store.loadSession("4").orElseThrow().contains("\"awaiting\":\"free_care\""),
                        "the stale answer was not saved");
                assertEquals("specialist", bot.handle("4", "Yes", current.fence()).awaiting());
            }
        }
    }

    @Test
    void aTracedAnswerGoesThroughTheStoreToo() {
        try (ConversationStore store = new InMemoryStore()) {
            Bot bot = bot(store);
            assertEquals("free_care", bot.handleTraced("12", "travel refund for dentist").reply().awaiting());
            assertTrue(store.loadSession("12").orElseThrow().contains("\"awaiting\":\"free_care\""));
            assertEquals("specialist", bot.handle("12", "Yes").awaiting());
        }
    }
}
