package healthbot.store;

import healthbot.testsupport.MovableClock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store contract on a real SQLite file in a temporary folder, plus what only a file has. */
final class SqliteStoreTest extends StoreContract {

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock();

    @Override
    ConversationStore open() {
        return new SqliteStore(dir.resolve("data/healthbot.db"), clock);
    }

    @Override
    Duration shortTtl() {
        return Duration.ofSeconds(5);
    }

    @Override
    void letExpire() {
        clock.advance(Duration.ofSeconds(6));
    }

    @Test
    void theFileAndItsFolderAreCreatedForTheOwnerOnlyInWalMode() throws Exception {
        store.saveSession("c1", "a", HOUR, ConversationStore.NO_FENCE);
        Path file = dir.resolve("data/healthbot.db");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            assertEquals("wal", rs.getString(1));
        }
    }

    @Test
    void sessionsSurviveClosingAndReopeningTheFile() {
        store.saveSession("c1", "kept", HOUR, ConversationStore.NO_FENCE);
        store.markHandled(7, HOUR);
        store.close();
        store = open();
        assertEquals(Optional.of("kept"), store.loadSession("c1"));
        assertTrue(store.isHandled(7));
    }

    @Test
    void aFileWrittenByANewerBuildIsRefusedWithItsVersionAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        try (SqliteStore newer = new SqliteStore(file, clock)) {
            StoreUnavailableException e = assertThrows(StoreUnavailableException.class, () -> newer.loadSession("c1"));
            assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
            assertFalse(newer.health().up());
        }
    }

    @Test
    void aFileOfSchemaVersionOneIsUpgradedWithItsSessionsKept() throws Exception {
        Path file = dir.resolve("v1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE sessions (chat_id TEXT PRIMARY KEY, body TEXT NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID");
            s.execute("CREATE TABLE handled_updates (update_id INTEGER PRIMARY KEY, expires_at INTEGER NOT NULL)");
            s.execute("CREATE TABLE chat_locks (chat_id TEXT PRIMARY KEY, token INTEGER NOT NULL, fence INTEGER NOT NULL,"
                    + " lease_until INTEGER NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID");
            s.execute("INSERT INTO sessions VALUES ('c1', 'old', " + clock.millis() + " + 3600000)");
            s.execute("PRAGMA user_version = 1");
        }
        try (SqliteStore upgraded = new SqliteStore(file, clock)) {
            assertEquals(Optional.of("old"), upgraded.loadSession("c1"));
            upgraded.saveSession("c2", "new", HOUR, ConversationStore.NO_FENCE);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                assertEquals(SqliteSchema.VERSION, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'sessions'")) {
                assertFalse(rs.getString(1).contains("WITHOUT ROWID"), rs.getString(1));
            }
        }
    }

    @Test
    void expiredRowsAreDeletedFromTheFileNotOnlyHidden() throws Exception {
        store.saveSession("old", "a", shortTtl(), ConversationStore.NO_FENCE);
        clock.advance(Duration.ofMinutes(2)); // past the sweep interval
        store.saveSession("new", "b", HOUR, ConversationStore.NO_FENCE);
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/healthbot.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT group_concat(chat_id) FROM sessions")) {
            assertEquals("new", rs.getString(1));
        }
    }
}
