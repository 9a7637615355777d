package healthbot.store;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.dialogue.Bot;
import healthbot.dialogue.Reply;
import healthbot.staff.UsageCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract every {@link ConversationStore} keeps; a subclass per implementation says how to
 * open one (on a real file, a real Redis server) and how to make time pass.
 */
abstract class StoreContract {

    static final Duration HOUR = Duration.ofHours(1);
    static final Duration LONG_WAIT = Duration.ofSeconds(10);

    ConversationStore store;

    /** A fresh, empty store. */
    abstract ConversationStore open() throws Exception;

    /** A time to live short enough to see expire in {@link #letExpire}. */
    abstract Duration shortTtl();

    /** Waits (or moves a clock) until entries written with {@link #shortTtl()} have expired. */
    abstract void letExpire() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static InboxEntry entry(String text) {
        return new InboxEntry(null, "FALLBACK", text, "nb", Instant.parse("2026-12-07T10:00:00Z"),
                List.of(new InboxEntry.Guess("dental_child", 0.25), new InboxEntry.Guess("gp_change", 0.125)));
    }

    @Test
    void anInboxEntryIsReadBackWithTheIdTheStoreGaveIt() {
        String id = store.addToInbox(entry("kan eg byte «fastlege» 🙂"), HOUR);
        assertEquals(List.of(entry("kan eg byte «fastlege» 🙂").withId(id)), store.inbox());
    }

    @Test
    void inboxEntriesAreListedOldestFirstAndEachCanBeRemovedOnce() {
        String a = store.addToInbox(entry("a"), HOUR);
        String b = store.addToInbox(entry("b"), HOUR);
        String c = store.addToInbox(entry("c"), HOUR);
        assertEquals(List.of("a", "b", "c"), store.inbox().stream().map(InboxEntry::text).toList());
        assertTrue(store.removeFromInbox(b));
        assertFalse(store.removeFromInbox(b));
        assertFalse(store.removeFromInbox("not-an-id"));
        assertEquals(List.of(a, c), store.inbox().stream().map(InboxEntry::id).toList());
    }

    @Test
    void anExpiredInboxEntryIsNeitherListedNorRemovable() throws Exception {
        String gone = store.addToInbox(entry("short"), shortTtl());
        store.addToInbox(entry("long"), HOUR);
        letExpire();
        assertEquals(List.of("long"), store.inbox().stream().map(InboxEntry::text).toList());
        assertFalse(store.removeFromInbox(gone));
    }

    @Test
    void usageCountsAddUpPerDayAndKeyAndAreReadFromADayOn() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        UsageKey answer = new UsageKey(monday, "telegram", "nb", "dental_child", "answer");
        UsageKey fallback = new UsageKey(monday, "telegram", "nb", "fallback", "fallback");
        UsageKey sunday = new UsageKey(monday.minusDays(1), "console", "en", "-", "conversation");
        store.addCount(answer, 1);
        store.addCount(answer, 2);
        store.addCount(fallback, 1);
        store.addCount(sunday, 4);
        assertEquals(List.of(new UsageCount(sunday, 4), new UsageCount(answer, 3), new UsageCount(fallback, 1)),
                store.counts(monday.minusDays(1)));
        assertEquals(List.of(new UsageCount(answer, 3), new UsageCount(fallback, 1)), store.counts(monday));
        assertEquals(List.of(), store.counts(monday.plusDays(1)));
    }

    @Test
    void helpfulPressesAreCountedOnceUnderTheRatedIntentWithTheSessionsInTheStore() {
        Bot bot = new Bot(TestBots.content(), TestBots.nlu(), OsloClock.fixedOrSystem(TestBots.SATURDAY_NOON),
                new NorwegianHolidays(), store);
        bot.listen(new UsageCounter(store, "telegram"));
        Reply answer = bot.handle("h1", "how do I complain about my treatment");
        int yes = answer.buttons().indexOf("👍 Helpful");
        assertTrue(yes >= 0, answer.buttons().toString());
        assertTrue(bot.press("h1", answer.offerId(), yes).isPresent(), "the rating button is read back from the store");
        assertTrue(bot.press("h1", answer.offerId(), yes).isEmpty(), "a second press is stale");
        bot.handle("h2", "how do I complain about my treatment");
        bot.handle("h2", "👎 Not helpful");
        bot.handle("h2", "👎 Not helpful"); // typed again: out of date, not counted
        bot.handle("h3", "how do I complain about my treatment");
        bot.handle("h3", "do I have the right to an interpreter"); // typed over: the question is dropped

        Map<String, Long> helpful = new TreeMap<>();
        for (UsageCount c : store.counts(LocalDate.of(2026, 11, 21))) {
            if (c.key().measure().startsWith("helpful")) {
                assertEquals("telegram", c.key().channel());
                assertEquals("en", c.key().language());
                helpful.merge(c.key().measure() + ":" + c.key().intent(), c.count(), Long::sum);
            }
        }
        assertEquals(Map.of("helpful_yes:complaints", 1L, "helpful_no:complaints", 1L), helpful);
    }

    @Test
    void aSavedSessionIsLoadedBackUnchanged() {
        store.saveSession("c1", "{\"v\":1,\"lang\":\"nb\",\"x\":\"æøå 🙂\"}", HOUR, ConversationStore.NO_FENCE);
        assertEquals(Optional.of("{\"v\":1,\"lang\":\"nb\",\"x\":\"æøå 🙂\"}"), store.loadSession("c1"));
        assertEquals(Optional.empty(), store.loadSession("c2"));
    }

    @Test
    void aSecondSaveReplacesTheFirst() {
        store.saveSession("c1", "a", HOUR, ConversationStore.NO_FENCE);
        store.saveSession("c1", "b", HOUR, ConversationStore.NO_FENCE);
        assertEquals(Optional.of("b"), store.loadSession("c1"));
        assertEquals(1, store.sessionCount());
    }

    @Test
    void forgetDeletesTheSessionAtOnce() {
        store.saveSession("c1", "a", HOUR, ConversationStore.NO_FENCE);
        store.saveSession("c2", "b", HOUR, ConversationStore.NO_FENCE);
        store.forget("c1");
        assertEquals(Optional.empty(), store.loadSession("c1"));
        assertEquals(Optional.of("b"), store.loadSession("c2"));
        assertEquals(1, store.sessionCount());
    }

    @Test
    void anExpiredSessionIsNotReturnedNorCounted() throws Exception {
        store.saveSession("short", "a", shortTtl(), ConversationStore.NO_FENCE);
        store.saveSession("long", "b", HOUR, ConversationStore.NO_FENCE);
        letExpire();
        assertEquals(Optional.empty(), store.loadSession("short"));
        assertEquals(Optional.of("b"), store.loadSession("long"));
        assertEquals(1, store.sessionCount());
    }

    @Test
    void handledUpdateIdsAreRememberedUntilTheyExpire() throws Exception {
        assertFalse(store.isHandled(42));
        store.markHandled(42, shortTtl());
        store.markHandled(43, HOUR);
        assertTrue(store.isHandled(42));
        letExpire();
        assertFalse(store.isHandled(42));
        assertTrue(store.isHandled(43));
    }

    @Test
    void eachLockOnAChatGetsALargerFence() {
        long first;
        try (ChatLock lock = store.lockChat("c1", HOUR, LONG_WAIT)) {
            first = lock.fence();
            assertTrue(first > 0);
        }
        try (ChatLock lock = store.lockChat("c1", HOUR, LONG_WAIT)) {
            assertTrue(lock.fence() > first);
        }
    }

    @Test
    void aHeldLockMakesTheNextTakerWaitAndTimeOut() {
        try (ChatLock held = store.lockChat("c1", HOUR, LONG_WAIT)) {
            assertThrows(ChatLockTimeoutException.class, () -> store.lockChat("c1", HOUR, Duration.ofMillis(50)));
            try (ChatLock other = store.lockChat("c2", HOUR, LONG_WAIT)) {
                assertEquals("c2", other.chatId());
            }
        }
    }

    @Test
    void aLockWhoseHolderDiedExpiresWithItsLeaseAndItsLateWriteIsRefused() throws Exception {
        ChatLock dead = store.lockChat("c1", shortTtl(), LONG_WAIT);
        letExpire();
        try (ChatLock next = store.lockChat("c1", HOUR, LONG_WAIT)) {
            assertTrue(next.fence() > dead.fence());
            store.saveSession("c1", "new", HOUR, next.fence());
            StaleFenceException e = assertThrows(StaleFenceException.class,
                    () -> store.saveSession("c1", "late", HOUR, dead.fence()));
            assertEquals(dead.fence(), e.fence());
            dead.close(); // a late release must not free the next holder's lock
            assertThrows(ChatLockTimeoutException.class, () -> store.lockChat("c1", HOUR, Duration.ofMillis(50)));
        }
        assertEquals(Optional.of("new"), store.loadSession("c1"));
    }

    @Test
    void theCurrentHoldersFenceIsAccepted() {
        try (ChatLock lock = store.lockChat("c1", HOUR, LONG_WAIT)) {
            store.saveSession("c1", "a", HOUR, lock.fence());
            store.saveSession("c1", "b", HOUR, lock.fence());
        }
        assertEquals(Optional.of("b"), store.loadSession("c1"));
    }

    @Test
    void aChatsLockSerialisesHoldersAcrossThreads() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] futures = new Future<?>[4];
            for (int t = 0; t < futures.length; t++) {
                futures[t] = pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        try (ChatLock lock = store.lockChat("shared", HOUR, LONG_WAIT)) {
                            if (inside.incrementAndGet() > 1) {
                                overlaps.incrementAndGet();
                            }
                            Thread.onSpinWait();
                            inside.decrementAndGet();
                        }
                    }
                    return null;
                });
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, overlaps.get());
    }

    @Test
    void theLowestPendingUpdateIdOfAChatIsReportedWhateverTheOrderTheyWereAdded() {
        assertEquals(OptionalLong.empty(), store.lowestPending("p1"));
        store.addPending("p1", 12, HOUR);
        store.addPending("p1", 10, HOUR);
        store.addPending("p1", 11, HOUR);
        store.addPending("p2", 3, HOUR);
        store.addPending("p1", 10, HOUR); // a redelivery adds it again: still one entry
        assertEquals(OptionalLong.of(10), store.lowestPending("p1"));
        assertEquals(OptionalLong.of(3), store.lowestPending("p2"), "chats do not see each other's ids");
    }

    @Test
    void aRemovedPendingIdNoLongerCountsAndRemovingAnAbsentOneIsHarmless() {
        store.addPending("p1", 10, HOUR);
        store.addPending("p1", 2_000_000_011L, HOUR);
        store.removePending("p1", 10);
        store.removePending("p1", 10);
        store.removePending("p9", 1);
        assertEquals(OptionalLong.of(2_000_000_011L), store.lowestPending("p1"));
        store.removePending("p1", 2_000_000_011L);
        assertEquals(OptionalLong.empty(), store.lowestPending("p1"));
    }

    @Test
    void aPendingIdLeftByADeadInstanceExpiresWithItsTtlAndStopsBlockingHigherOnes() throws Exception {
        store.addPending("p1", 10, shortTtl());
        store.addPending("p1", 11, HOUR);
        assertEquals(OptionalLong.of(10), store.lowestPending("p1"));
        letExpire();
        assertEquals(OptionalLong.of(11), store.lowestPending("p1"));
    }

    @Test
    void aHealthyStoreSaysSoWithoutItsPassword() {
        StoreHealth h = store.health();
        assertTrue(h.up(), h.detail());
        assertFalse(h.store().contains("secret"), h.store());
    }

    @Test
    void anUpdateAnsweredAgainStartsFromTheSessionBeforeIt() {
        store.saveSession("c1", "before", HOUR, ConversationStore.NO_FENCE);
        try (AnswerScope first = store.answering("c1", 5)) {
            assertEquals(Optional.of("before"), store.loadSession("c1"));
            store.saveSession("c1", "after 5", HOUR, ConversationStore.NO_FENCE);
        }
        assertEquals(Optional.of("after 5"), store.loadSession("c1"), "outside the scope: the session as saved");
        try (AnswerScope again = store.answering("c1", 5)) {
            assertEquals(Optional.of("before"), store.loadSession("c1"), "a redelivery of 5 sees what 5 saw");
            store.saveSession("c1", "after 5, again", HOUR, ConversationStore.NO_FENCE);
            assertEquals(Optional.of("before"), store.loadSession("c1"), "saving 5 twice keeps the session before 5");
        }
        try (AnswerScope next = store.answering("c1", 6)) {
            assertEquals(Optional.of("after 5, again"), store.loadSession("c1"));
            store.saveSession("c1", "after 6", HOUR, ConversationStore.NO_FENCE);
        }
        try (AnswerScope again = store.answering("c1", 6)) {
            assertEquals(Optional.of("after 5, again"), store.loadSession("c1"));
        }
        assertEquals(Optional.of("after 6"), store.loadSession("c1"));
    }

    @Test
    void anUpdateThatStartedAChatIsAnsweredAgainFromNoSession() {
        try (AnswerScope first = store.answering("new", 7)) {
            assertEquals(Optional.empty(), store.loadSession("new"));
            store.saveSession("new", "after 7", HOUR, ConversationStore.NO_FENCE);
        }
        try (AnswerScope again = store.answering("new", 7)) {
            assertEquals(Optional.empty(), store.loadSession("new"));
        }
        assertEquals(Optional.of("after 7"), store.loadSession("new"));
        assertEquals(1, store.sessionCount(), "the session before an update is not a session of its own");
    }

    @Test
    void aScopeConcernsOnlyItsChatAndASaveOutsideOneKeepsNoSessionBefore() {
        store.saveSession("c1", "one", HOUR, ConversationStore.NO_FENCE);
        store.saveSession("c2", "two", HOUR, ConversationStore.NO_FENCE);
        try (AnswerScope scope = store.answering("c1", 8)) {
            store.saveSession("c1", "one after 8", HOUR, ConversationStore.NO_FENCE);
            assertEquals(Optional.of("two"), store.loadSession("c2"));
        }
        store.saveSession("c1", "console", HOUR, ConversationStore.NO_FENCE);
        try (AnswerScope again = store.answering("c1", 8)) {
            assertEquals(Optional.of("console"), store.loadSession("c1"), "a later save without an update replaced 8's");
        }
    }

    @Test
    void forgetDeletesTheSessionBeforeAnUpdateToo() {
        store.saveSession("c1", "private", HOUR, ConversationStore.NO_FENCE);
        try (AnswerScope scope = store.answering("c1", 9)) {
            store.saveSession("c1", "after 9", HOUR, ConversationStore.NO_FENCE);
        }
        store.forget("c1");
        try (AnswerScope again = store.answering("c1", 9)) {
            assertEquals(Optional.empty(), store.loadSession("c1"));
        }
    }

    @Test
    void aFencedSaveInsideAScopeKeepsTheSessionBeforeAndStillRefusesAStaleFence() throws Exception {
        store.saveSession("c1", "before", HOUR, ConversationStore.NO_FENCE);
        ChatLock dead = store.lockChat("c1", shortTtl(), LONG_WAIT);
        letExpire();
        try (ChatLock lock = store.lockChat("c1", HOUR, LONG_WAIT); AnswerScope scope = store.answering("c1", 10)) {
            store.saveSession("c1", "after 10", HOUR, lock.fence());
            assertThrows(StaleFenceException.class, () -> store.saveSession("c1", "late", HOUR, dead.fence()));
            assertFalse(scope.unreplicated(), "nothing here replicates");
            assertEquals(Optional.of("before"), store.loadSession("c1"));
        }
        assertEquals(Optional.of("after 10"), store.loadSession("c1"));
    }
}
