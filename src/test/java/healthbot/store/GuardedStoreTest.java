package healthbot.store;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outages through the guard: one log line, fast failures, red health, recovery. */
class GuardedStoreTest {

    /** An in-memory store that can be switched off, counting the calls that reach it. */
    private static final class Switchable implements ConversationStore {
        final InMemoryStore inner = new InMemoryStore();
        final AtomicBoolean broken = new AtomicBoolean();
        final AtomicInteger calls = new AtomicInteger();

        private void check() {
            calls.incrementAndGet();
            if (broken.get()) {
                throw new StoreUnavailableException("switchable: switched off; switch it on");
            }
        }

        @Override
        public Optional<String> loadSession(String chatId) {
            check();
            return inner.loadSession(chatId);
        }

        @Override
        public void saveSession(String chatId, String encoded, Duration ttl, long fence) {
            check();
            inner.saveSession(chatId, encoded, ttl, fence);
        }

        @Override
        public AnswerScope answering(String chatId, long updateId) {
            return inner.answering(chatId, updateId);
        }

        @Override
        public void forget(String chatId) {
            check();
            inner.forget(chatId);
        }

        @Override
        public boolean isHandled(long updateId) {
            check();
            return inner.isHandled(updateId);
        }

        @Override
        public void markHandled(long updateId, Duration ttl) {
            check();
            inner.markHandled(updateId, ttl);
        }

        @Override
        public ChatLock lockChat(String chatId, Duration lease, Duration maxWait) {
            check();
            return inner.lockChat(chatId, lease, maxWait);
        }

        @Override
        public String addToInbox(InboxEntry entry, Duration ttl) {
            check();
            return inner.addToInbox(entry, ttl);
        }

        @Override
        public java.util.List<InboxEntry> inbox() {
            check();
            return inner.inbox();
        }

        @Override
        public boolean removeFromInbox(String id) {
            check();
            return inner.removeFromInbox(id);
        }

        @Override
        public void addCount(UsageKey key, long n) {
            check();
            inner.addCount(key, n);
        }

        @Override
        public java.util.List<UsageCount> counts(java.time.LocalDate from) {
            check();
            return inner.counts(from);
        }

        @Override
        public void addPending(String chatId, long updateId, Duration ttl) {
            check();
            inner.addPending(chatId, updateId, ttl);
        }

        @Override
        public java.util.OptionalLong lowestPending(String chatId) {
            check();
            return inner.lowestPending(chatId);
        }

        @Override
        public void removePending(String chatId, long updateId) {
            check();
            inner.removePending(chatId, updateId);
        }

        @Override
        public StoreHealth health() {
            return broken.get() ? StoreHealth.down(describe(), "switched off") : StoreHealth.up(describe());
        }

        @Override
        public long sessionCount() {
            check();
            return inner.sessionCount();
        }

        @Override
        public String describe() {
            return "switchable";
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    @Test
    void anOutageIsLoggedOnceNotOncePerCallAndCallsFailFastMeanwhile() {
        Switchable s = new Switchable();
        ConversationStore guarded = Stores.guarded(s, Duration.ofHours(1));
        s.broken.set(true);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 500; i++) {
                assertThrows(StoreUnavailableException.class, () -> guarded.loadSession("c"));
            }
        } finally {
            System.setErr(err);
        }
        assertEquals(1, s.calls.get(), "the store is not asked again within the retry interval");
        String log = captured.toString(StandardCharsets.UTF_8);
        assertEquals(1, log.lines().filter(l -> l.contains("store unavailable")).count(), log);
        assertFalse(guarded.health().up());
        assertTrue(guarded.health().detail().contains("switched off"), guarded.health().detail());
    }

    @Test
    void theStoreIsUsedAgainByItselfWhenItComesBack() {
        Switchable s = new Switchable();
        ConversationStore guarded = Stores.guarded(s, Duration.ZERO);
        s.broken.set(true);
        assertThrows(StoreUnavailableException.class, () -> guarded.saveSession("c", "a", Duration.ofHours(1), 0));
        assertFalse(guarded.health().up());
        s.broken.set(false);
        guarded.saveSession("c", "b", Duration.ofHours(1), 0);
        assertEquals(Optional.of("b"), guarded.loadSession("c"));
        assertTrue(guarded.health().up());
    }

    @Test
    void lockAndFenceRefusalsAreNotOutages() {
        Switchable s = new Switchable();
        ConversationStore guarded = Stores.guarded(s, Duration.ofHours(1));
        try (ChatLock held = guarded.lockChat("c", Duration.ofHours(1), Duration.ofSeconds(1))) {
            assertThrows(ChatLockTimeoutException.class, () -> guarded.lockChat("c", Duration.ofHours(1), Duration.ZERO));
            assertTrue(guarded.health().up());
        }
    }
}
