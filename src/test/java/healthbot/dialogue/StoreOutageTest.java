package healthbot.dialogue;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.store.ConversationStore;
import healthbot.store.RedisStore;
import healthbot.store.SqliteStore;
import healthbot.store.Stores;
import healthbot.testsupport.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The store goes away and comes back: a real redis-server stopped and started again, a SQLite
 * file made read-only. The bot answers throughout (an emergency always), from memory, reports
 * the store down, and writes the conversation back when the store returns.
 */
class StoreOutageTest {

    private static final Duration RETRY = Duration.ofMillis(50);

    @TempDir
    Path dir;

    private final Clock noon = Clock.fixed(Instant.parse("2026-11-21T11:00:00Z"), ZoneId.of("Europe/Oslo"));

    private Bot bot(ConversationStore store) {
        return new Bot(TestBots.content(), TestBots.nlu(), noon, new NorwegianHolidays(), store);
    }

    private static String firstLine(Reply r) {
        return r.messages().get(0).text().lines().findFirst().orElse("");
    }

    /** Waits (bounded) until the guarded store has retried and found the store back. */
    private static void awaitUp(ConversationStore store) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!store.health().up()) {
            if (System.nanoTime() > deadline) {
                fail("the store did not come back: " + store.health().detail());
            }
            Thread.sleep(RETRY.toMillis());
        }
    }

    @Test
    void theBotKeepsAnsweringWhileRedisIsDownAndStoresTheFlowAgainWhenItIsBack() throws Exception {
        try (RedisServer redis = RedisServer.start(null);
             ConversationStore store = Stores.guarded(RedisStore.open(redis.url(0)), RETRY)) {
            Bot bot = bot(store);
            assertEquals("free_care", bot.handle("1", "travel refund for dentist").awaiting());
            assertEquals("specialist", bot.handle("1", "Yes").awaiting());

            redis.stop();
            Reply emergency = bot.handle("1", "my father has chest pain");
            assertTrue(firstLine(emergency).contains("113"), firstLine(emergency));
            assertTrue(firstLine(bot.handle("2", "emergency")).contains("113"), "a new chat too");
            assertFalse(store.health().up());
            assertTrue(store.health().detail().contains("redis"), store.health().detail());
            bot.handle("1", "Continue");
            assertEquals("local_clinic", bot.handle("1", "No").awaiting(), "the flow went on in memory");

            redis.start(); // empty: no persistence
            awaitUp(store);
            assertEquals("transport", bot.handle("1", "No").awaiting(), "memory's copy, not a fresh start");
            assertTrue(store.loadSession("1").orElseThrow().contains("\"awaiting\":\"transport\""));
            Bot restarted = bot(store);
            assertEquals("km", restarted.handle("1", "Own car").awaiting(), "written back to Redis");
        }
    }

    @Test
    void aReadOnlySqliteFileLeavesTheBotAnsweringFromMemoryUntilItIsWritableAgain() throws Exception {
        Path file = dir.resolve("healthbot.db");
        try (ConversationStore store = Stores.sqlite(file)) {
            assertEquals("free_care", bot(store).handle("1", "travel refund for dentist").awaiting());
        }
        ReadOnly readOnly = ReadOnly.make(file);
        try (ConversationStore store = Stores.guarded(new SqliteStore(file), RETRY)) {
            Bot bot = bot(store);
            assertEquals("specialist", bot.handle("1", "Yes").awaiting(), "read from the file, continued in memory");
            assertFalse(store.health().up());
            assertTrue(store.health().detail().contains(file.getFileName().toString()), store.health().detail());
            assertTrue(firstLine(bot.handle("1", "emergency")).contains("113"));
            bot.handle("1", "Continue");
            assertEquals("local_clinic", bot.handle("1", "No").awaiting());

            readOnly.undo();
            awaitUp(store);
            assertEquals("transport", bot.handle("1", "No").awaiting());
        }
        try (ConversationStore store = Stores.sqlite(file)) {
            assertEquals("km", bot(store).handle("1", "Own car").awaiting(), "the file has the latest session");
        }
    }

    /**
     * Makes a file read-only for this process: without write permission, or, as root (who
     * ignores permissions), immutable ({@code chattr +i}).
     */
    private record ReadOnly(Path file, boolean immutable) {

        static ReadOnly make(Path file) throws IOException, InterruptedException {
            if (!"root".equals(System.getProperty("user.name"))) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
                return new ReadOnly(file, false);
            }
            run("chattr", "+i", file.toString());
            return new ReadOnly(file, true);
        }

        void undo() throws IOException, InterruptedException {
            if (immutable) {
                run("chattr", "-i", file.toString());
            } else {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }

        private static void run(String... cmd) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                fail(String.join(" ", cmd) + " failed (" + out.strip() + "): the tests run as root, so a read-only"
                        + " file needs chattr (e2fsprogs) on a file system that supports it");
            }
        }
    }
}
