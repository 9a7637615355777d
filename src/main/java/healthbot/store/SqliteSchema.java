package healthbot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The SQLite file's schema as an ordered list of steps. The file's version is SQLite's
 * {@code user_version}: the number of the last step applied. Opening a file applies the steps
 * after its version, in order, in one transaction (all or none); a new file (version 0) runs them
 * all. A file of a version above the last step was written by a newer build and is refused,
 * never changed.
 *
 * <p>To change the schema, append a step with the next number; never edit one that has shipped
 * (files in the field are at its version already). {@code SqliteSchemaTest} checks that every
 * older version upgrades to the same schema a new file gets.
 */
final class SqliteSchema {

    /** One schema change: the version it brings a file to, why, and its statements. */
    record Step(int version, String purpose, List<String> statements) {
        Step {
            if (version < 1) {
                throw new IllegalArgumentException("a schema step's version starts at 1, not " + version);
            }
            statements = List.copyOf(statements);
        }
    }

    static final List<Step> STEPS = List.of(
            new Step(1, "sessions, handled update ids and chat locks", List.of(
                    "CREATE TABLE sessions (chat_id TEXT PRIMARY KEY, body TEXT NOT NULL,"
                            + " expires_at INTEGER NOT NULL) WITHOUT ROWID",
                    "CREATE TABLE handled_updates (update_id INTEGER PRIMARY KEY, expires_at INTEGER NOT NULL)",
                    "CREATE TABLE chat_locks (chat_id TEXT PRIMARY KEY, token INTEGER NOT NULL,"
                            + " fence INTEGER NOT NULL, lease_until INTEGER NOT NULL, expires_at INTEGER NOT NULL)"
                            + " WITHOUT ROWID")),
            new Step(2, "sessions as a rowid table: a session of a kilobyte or two stays in one page instead of"
                    + " spilling to overflow pages (p99 of a save 0.1 ms instead of several ms on a busy disk)", List.of(
                    "ALTER TABLE sessions RENAME TO sessions_v1",
                    "CREATE TABLE sessions (chat_id TEXT PRIMARY KEY, body TEXT NOT NULL, expires_at INTEGER NOT NULL)",
                    "INSERT INTO sessions SELECT chat_id, body, expires_at FROM sessions_v1",
                    "DROP TABLE sessions_v1")),
            new Step(3, "pending_updates: ids received and not yet answered, per chat", List.of(
                    "CREATE TABLE pending_updates (chat_id TEXT NOT NULL, update_id INTEGER NOT NULL,"
                            + " expires_at INTEGER NOT NULL, PRIMARY KEY (chat_id, update_id)) WITHOUT ROWID")),
            new Step(4, "a session records the update that produced it and the session before that update, so a"
                    + " redelivered update is answered again from the same state", List.of(
                    "ALTER TABLE sessions ADD COLUMN answered_by INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE sessions ADD COLUMN prior TEXT")),
            new Step(5, "store_probe: the one row the health check writes, to prove the disk takes writes", List.of(
                    "CREATE TABLE store_probe (id INTEGER PRIMARY KEY, checked_at INTEGER NOT NULL)")),
            new Step(6, "inbox (masked messages kept for staff review, opt-in) and usage_counts (daily counters)", List.of(
                    "CREATE TABLE inbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                            + " text TEXT NOT NULL, language TEXT NOT NULL, hour INTEGER NOT NULL, guesses TEXT NOT NULL,"
                            + " expires_at INTEGER NOT NULL)",
                    "CREATE TABLE usage_counts (day TEXT NOT NULL, channel TEXT NOT NULL,"
                            + " language TEXT NOT NULL, intent TEXT NOT NULL, measure TEXT NOT NULL, n INTEGER NOT NULL,"
                            + " PRIMARY KEY (day, channel, language, intent, measure)) WITHOUT ROWID")));

    /** The version this build writes: the last step's. */
    static final int VERSION = STEPS.get(STEPS.size() - 1).version();

    private SqliteSchema() {
    }

    /** Brings the file to {@link #VERSION}, or leaves it alone when it is there already. */
    static void migrate(Connection c) throws SQLException {
        migrate(c, STEPS);
    }

    /** Applies those of {@code steps} (numbered 1, 2, 3 ... in order) that the file has not had yet. */
    static void migrate(Connection c, List<Step> steps) throws SQLException {
        int target = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).version();
        try (Statement s = c.createStatement()) {
            int version = version(s);
            if (version == target) {
                return;
            }
            if (version > target) {
                throw new SQLException("the file has schema version " + version + ", written by a newer healthbot;"
                        + " this build knows version " + target + " (run the newer build, or point HEALTHBOT_DB at"
                        + " another file)");
            }
            s.execute("BEGIN IMMEDIATE");
            try {
                version = version(s); // another process may have upgraded it while we waited for the write lock
                for (Step step : steps) {
                    if (step.version() > version) {
                        for (String sql : step.statements()) {
                            s.execute(sql);
                        }
                    }
                }
                s.execute("PRAGMA user_version = " + target);
                s.execute("COMMIT");
            } catch (SQLException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    private static int version(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }
}
