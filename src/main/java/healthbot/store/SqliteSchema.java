package healthbot.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQLite file's creation (owner-only) and schema: created in a new file, upgraded in one
 * transaction from an older one, refused when a newer build wrote it. The version is SQLite's
 * {@code user_version}. Every step creates what is missing ({@code IF NOT EXISTS}), so an upgrade
 * from any older version runs the same statements as a new file, plus the version 1 rewrite.
 */
final class SqliteSchema {

    /**
     * The schema this build writes. Version 1: sessions (WITHOUT ROWID), handled_updates,
     * chat_locks. Version 2: sessions as a rowid table, which keeps a session of a kilobyte or
     * two in one page instead of spilling it to overflow pages (p99 of a save 0.1 ms instead of
     * several ms on a busy disk). Version 3: pending_updates (ids received, not yet answered, per chat).
     * Version 4: inbox (masked messages for staff review) and usage_counts (daily counters).
     */
    static final int VERSION = 4;
    private SqliteSchema() {
    }

    /**
     * Creates the folder (owner-only) and an empty file (owner read/write) when missing; SQLite
     * gives its {@code -wal} and {@code -shm} files the database file's permissions.
     */
    static void createFile(Path file) throws SQLException {
        Path folder = file.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (folder != null && !Files.isDirectory(folder)) {
                if (posix) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            if (posix && !Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (FileAlreadyExistsException e) {
            // another process created it first
        } catch (IOException e) {
            throw new SQLException("cannot create " + file + " (" + e + ")", e);
        }
    }

    /** Creates the schema in a new file, upgrades an older one in one transaction; refuses a file of a newer schema. */
    static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.getInt(1);
            }
            if (version == VERSION) {
                return;
            }
            if (version > VERSION) {
                throw new SQLException("the file has schema version " + version + ", written by a newer healthbot;"
                        + " this build knows version " + VERSION + " (run the newer build, or point HEALTHBOT_DB at another file)");
            }
            s.execute("BEGIN IMMEDIATE");
            try {
                if (version == 1) {
                    s.execute("ALTER TABLE sessions RENAME TO sessions_v1");
                }
                s.execute("CREATE TABLE IF NOT EXISTS sessions (chat_id TEXT PRIMARY KEY, body TEXT NOT NULL,"
                        + " expires_at INTEGER NOT NULL)");
                if (version == 1) {
                    s.execute("INSERT INTO sessions SELECT chat_id, body, expires_at FROM sessions_v1");
                    s.execute("DROP TABLE sessions_v1");
                }
                s.execute("CREATE TABLE IF NOT EXISTS handled_updates (update_id INTEGER PRIMARY KEY,"
                        + " expires_at INTEGER NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS chat_locks (chat_id TEXT PRIMARY KEY, token INTEGER NOT NULL,"
                        + " fence INTEGER NOT NULL, lease_until INTEGER NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID");
                s.execute("CREATE TABLE IF NOT EXISTS pending_updates (chat_id TEXT NOT NULL, update_id INTEGER NOT NULL,"
                        + " expires_at INTEGER NOT NULL, PRIMARY KEY (chat_id, update_id)) WITHOUT ROWID");
                s.execute("CREATE TABLE IF NOT EXISTS inbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                        + " text TEXT NOT NULL, language TEXT NOT NULL, hour INTEGER NOT NULL, guesses TEXT NOT NULL,"
                        + " expires_at INTEGER NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS usage_counts (day TEXT NOT NULL, channel TEXT NOT NULL,"
                        + " language TEXT NOT NULL, intent TEXT NOT NULL, measure TEXT NOT NULL, n INTEGER NOT NULL,"
                        + " PRIMARY KEY (day, channel, language, intent, measure)) WITHOUT ROWID");
                s.execute("PRAGMA user_version = " + VERSION);
                s.execute("COMMIT");
            } catch (SQLException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

}
