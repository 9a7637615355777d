package healthbot.store;

import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * What a failed SQLite call means for an operator, from SQLite's primary result code: a full
 * disk, a read-only file or file system, a lock held by another program, an I/O error. Each
 * comes with what the bot does meanwhile and how to fix it; none carries conversation data.
 */
final class SqliteFailure {

    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private SqliteFailure() {
    }

    /** One line: what failed, why, and how to fix it. */
    static String describe(Path file, String what, SQLException e) {
        String prefix = "sqlite " + file + ": could not " + what + ": ";
        int code = e instanceof SQLiteException s ? s.getResultCode().code & 0xff : -1;
        String detail = " (" + e.getMessage() + ")";
        return prefix + switch (code) {
            case FULL -> "the disk is full" + detail + "; sessions are kept in memory meanwhile and written"
                    + " again when there is space: free space on the file system holding " + file.getParent();
            case READONLY -> "the file or its file system is read-only" + detail + "; sessions are kept in"
                    + " memory meanwhile: make " + file + " and its folder writable by this user again";
            case BUSY, LOCKED -> "another program holds the file locked" + detail + "; only one healthbot"
                    + " process may use a SQLite file (use Redis, REDIS_URL, for several)";
            case IOERR -> "the disk reported an I/O error" + detail + "; check the disk and the file system"
                    + " (full, read-only, failing); sessions are kept in memory meanwhile";
            case CANTOPEN -> "the file cannot be opened" + detail + "; check that its folder exists and is"
                    + " writable by this user (HEALTHBOT_DB chooses the file)";
            case CORRUPT, NOTADB -> "the file is not a healthy SQLite database" + detail + "; move it aside"
                    + " (keep it for inspection) and start again, or point HEALTHBOT_DB at another file";
            default -> e.getMessage() + "; check that the file and its folder are writable by this user, the disk"
                    + " has space and no other program holds the file locked (HEALTHBOT_DB chooses the file)";
        };
    }
}
