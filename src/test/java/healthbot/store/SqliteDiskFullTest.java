package healthbot.store;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.dialogue.Bot;
import healthbot.dialogue.OutMessage;
import healthbot.testsupport.SmallDisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQLite store on a disk that fills up or turns read-only mid-conversation, under the real
 * engine: the bot keeps answering from memory, says so once (log and health), never damages the
 * file, and stores the conversation again when the disk takes writes again. On a real full file
 * system (a small tmpfs this test mounts) where the machine allows mounting, and always with the
 * same error injected at the JDBC layer (what SQLite reports: {@code SQLITE_FULL}); the disk-full
 * tests print which disk they used. A read-only file is injected ({@code SQLITE_READONLY}): a
 * tmpfs cannot be remounted read-only while SQLite holds its files open.
 */
class SqliteDiskFullTest {

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final PrintStream realErr = System.err;

    @BeforeEach
    void captureLog() {
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8)); // slf4j-simple writes to System.err
    }

    @TempDir
    Path dir;
    private SmallDisk mounted;
    private ConversationStore store;

    @AfterEach
    void unmount() {
        System.setErr(realErr);
        if (store != null) {
            store.close();
        }
        if (mounted != null) {
            mounted.close();
        }
    }

    /** What the test does to the disk: really, or through {@link InjectedDiskFaults}. */
    private interface Disk {
        Path folder();

        void fill() throws IOException;

        void free() throws IOException;

        SqliteStore.Opener opener();
    }

    private Disk realDiskOrInjected(List<String> used) {
        SmallDisk.Mounted m = SmallDisk.mount(512);
        if (m.disk().isEmpty()) {
            used.add("injected SQLITE_FULL / SQLITE_READONLY (no small file system here: " + m.what() + ")");
            return injected();
        }
        mounted = m.disk().get();
        used.add(m.what());
        SmallDisk d = mounted;
        return new Disk() {
            public Path folder() {
                return d.path();
            }

            public void fill() throws IOException {
                d.fill();
            }

            public void free() throws IOException {
                d.free();
            }

            public SqliteStore.Opener opener() {
                return (file, config) -> config.createConnection("jdbc:sqlite:" + file);
            }
        };
    }

    private Disk injected() {
        InjectedDiskFaults faults = new InjectedDiskFaults();
        Path folder = dir;
        return new Disk() {
            public Path folder() {
                return folder;
            }

            public void fill() {
                faults.fail(SQLiteErrorCode.SQLITE_FULL);
            }

            public void free() {
                faults.fail(null);
            }

            public SqliteStore.Opener opener() {
                return faults;
            }
        };
    }

    @Test
    void aDiskThatFillsUpMidFlowKeepsTheBotAnsweringFromMemoryAndTheConversationIsStoredAgainWhenSpaceReturns()
            throws Exception {
        List<String> used = new java.util.ArrayList<>();
        fullDiskScenario(realDiskOrInjected(used), used.get(0));
    }

    @Test
    void anInjectedSqliteFullDoesTheSameOnEveryMachine() throws Exception {
        fullDiskScenario(injected(), "injected SQLITE_FULL");
    }

    @Test
    void aFileTurnedReadOnlyMidFlowIsReportedAsSuchAndRecoveredFrom() throws Exception {
        InjectedDiskFaults faults = new InjectedDiskFaults();
        Path file = dir.resolve("healthbot.db");
        store = Stores.guarded(new SqliteStore(file, Clock.systemUTC(), faults), Duration.ZERO);
        Bot bot = bot(store);
        assertTrue(last(bot, "Is the dentist free for me?").startsWith("What year were you born?"));
        faults.fail(SQLiteErrorCode.SQLITE_READONLY);
        assertTrue(last(bot, "2006").startsWith("Where do you live?"), "answered from memory");
        StoreHealth down = store.health();
        assertFalse(down.up());
        assertTrue(down.detail().contains("the file or its file system is read-only"), down.detail());
        assertTrue(log().contains("read-only"), log());
        faults.fail(null);
        assertTrue(last(bot, "Østfold").contains("in Østfold the discount is 75 %"));
        assertTrue(store.health().up(), store.health().detail());
        store.close();
        assertIntact(file);
    }

    private void fullDiskScenario(Disk disk, String what) throws Exception {
        Path file = disk.folder().resolve("healthbot.db");
        store = Stores.guarded(new SqliteStore(file, Clock.systemUTC(), disk.opener()), Duration.ZERO);
        Bot bot = bot(store);
        store.saveSession("neighbour", "{\"kept\":true}", Duration.ofHours(1), ConversationStore.NO_FENCE);
        assertTrue(last(bot, "Is the dentist free for me?").startsWith("What year were you born?"));
        assertTrue(store.health().up());

        disk.fill();
        int failed = 0;
        for (int i = 0; i < 50 && store.health().up(); i++) { // a real disk may still take a write or two
            try {
                store.saveSession("filler" + i, "x".repeat(4000), Duration.ofHours(1), ConversationStore.NO_FENCE);
            } catch (StoreUnavailableException e) {
                break; // the write that found the disk full (else a background checkpoint finds it first)
            }
        }
        StoreHealth down = store.health();
        assertFalse(down.up(), "a full disk is reported");
        assertTrue(down.detail().contains("the disk is full"), down.detail());
        assertTrue(down.detail().contains("free space on the file system holding " + file.getParent()), down.detail());
        assertTrue(last(bot, "2006").startsWith("Where do you live?"), "the flow goes on from memory");
        for (int i = 0; i < 20; i++) {
            try {
                store.saveSession("more", "y", Duration.ofHours(1), ConversationStore.NO_FENCE);
            } catch (StoreUnavailableException e) {
                failed++;
            }
        }
        assertEquals(20, failed, "every write fails while the disk is full");
        String said = log();
        assertEquals(1, said.lines().filter(l -> l.contains("store unavailable")).count(), "said once a minute, not per"
                + " failure:\n" + said);
        assertTrue(said.contains("the disk is full"), said);

        disk.free();
        assertTrue(last(bot, "Østfold").contains("in Østfold the discount is 75 %"), "the flow finishes");
        assertTrue(store.health().up(), store.health().detail());
        assertTrue(log().contains("is reachable again"), log());
        store.close();
        assertIntact(file);
        try (SqliteStore reopened = new SqliteStore(file)) {
            assertEquals(Optional.of("{\"kept\":true}"), reopened.loadSession("neighbour"), "what was stored before stays");
            assertTrue(reopened.loadSession("c").isPresent(), "the conversation is stored again");
        }
        store = null;
        System.out.println("disk-full test on " + what + ": answered from memory, said so once, file intact, stored"
                + " again when space returned");
    }

    private String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    private static Bot bot(ConversationStore store) {
        return new Bot(TestBots.content(), TestBots.nlu(), OsloClock.fixedOrSystem(TestBots.SATURDAY_NOON),
                new NorwegianHolidays(), store);
    }

    private static String last(Bot bot, String message) {
        List<OutMessage> out = bot.handle("c", message).messages();
        return out.get(out.size() - 1).text();
    }

    private static void assertIntact(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            assertEquals("ok", rs.getString(1), "the file is not damaged");
        }
    }
}
