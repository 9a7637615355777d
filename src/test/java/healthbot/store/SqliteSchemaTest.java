package healthbot.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQLite schema's list of steps: numbered in order, every older file upgrades to a new file's schema, all or nothing. */
class SqliteSchemaTest {

    @TempDir
    Path dir;

    @Test
    void theStepsAreNumberedOneTwoThreeWithoutGapsAndTheLastIsTheVersionThisBuildWrites() {
        for (int i = 0; i < SqliteSchema.STEPS.size(); i++) {
            assertEquals(i + 1, SqliteSchema.STEPS.get(i).version(), "step " + i);
            assertTrue(!SqliteSchema.STEPS.get(i).purpose().isBlank() && !SqliteSchema.STEPS.get(i).statements().isEmpty());
        }
        assertEquals(SqliteSchema.STEPS.size(), SqliteStore.SCHEMA_VERSION);
    }

    @Test
    void aFileAtEveryOlderVersionUpgradesToTheSchemaANewFileGetsWithItsSessionsKept() throws Exception {
        Path fresh = dir.resolve("fresh.db");
        try (SqliteStore store = new SqliteStore(fresh)) {
            store.health();
        }
        List<String> expected = schema(fresh);
        for (int version = 1; version < SqliteSchema.VERSION; version++) {
            Path file = dir.resolve("v" + version + ".db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                SqliteSchema.migrate(c, SqliteSchema.STEPS.subList(0, version));
                s.execute("INSERT INTO sessions(chat_id, body, expires_at) VALUES ('c1', 'kept', "
                        + (System.currentTimeMillis() + 3_600_000) + ")");
            }
            try (SqliteStore store = new SqliteStore(file)) {
                assertEquals(Optional.of("kept"), store.loadSession("c1"), "from version " + version);
                store.saveSession("c1", "new", Duration.ofHours(1), ConversationStore.NO_FENCE);
            }
            assertEquals(expected, schema(file), "from version " + version);
            assertEquals(SqliteSchema.VERSION, userVersion(file));
        }
    }

    @Test
    void aStepThatFailsLeavesTheFileAsItWasAtItsOldVersion() throws Exception {
        Path file = dir.resolve("half.db");
        List<SqliteSchema.Step> broken = new ArrayList<>(SqliteSchema.STEPS.subList(0, 2));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SqliteSchema.migrate(c, broken);
            List<String> before = schema(file);
            broken.add(new SqliteSchema.Step(3, "a step with a mistake in its second statement",
                    List.of("CREATE TABLE extra (id INTEGER PRIMARY KEY)", "CREATE TABLE sessions (x)")));
            SQLException e = assertThrows(SQLException.class, () -> SqliteSchema.migrate(c, broken));
            assertTrue(e.getMessage().contains("sessions"), e.getMessage());
            assertEquals(before, schema(file), "the first statement of the failed step was rolled back too");
            assertEquals(2, userVersion(file));
        }
    }

    private static List<String> schema(Path file) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3));
            }
        }
        return rows;
    }

    private static int userVersion(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }
}
