package healthbot.store;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded default: one SQLite file (xerial sqlite-jdbc), no server to run.
 *
 * <p>WAL journal with {@code synchronous=NORMAL}: a commit appends to the write-ahead log without
 * waiting for the disk, so a save costs tens of microseconds instead of an fsync (milliseconds),
 * which keeps a message's p99 under 1 ms; a committed write still survives {@code kill -9} of the
 * process (it is in the log, in the OS's cache), and only a power loss or OS crash can lose the
 * last commits, never corrupt the file. {@code FULL} would survive a power loss too, at an fsync
 * per message: a conversation is not worth that.
 *
 * <p>Checkpoints (copying the log into the file, with an fsync) stall the message that
 * triggers one (every 1000 pages of log) for milliseconds on a busy disk; so a daemon thread
 * runs a {@code PASSIVE} checkpoint on its own connection every second, which never blocks a
 * writer, and the answering connection's own automatic checkpoint mostly finds the work done.
 * That one stays on: only a checkpoint in the writing connection lets the log start over, so
 * without it the log would grow for as long as messages keep coming.
 *
 * <p>One answering connection, used by one thread at a time (a {@link ReentrantLock}); SQLite
 * serialises writers anyway. Other processes on the same file wait up to the busy timeout. The connection
 * is opened on first use and again after a failure, so a file that becomes writable (or a disk
 * with space) again is used again without a restart. The schema is a list of steps
 * ({@link SqliteSchema}); a file written by a newer build is refused, not changed.
 *
 * <p>A full disk or a read-only file makes writes fail with {@link StoreUnavailableException}
 * whose message says which ({@link SqliteFailure}); the guard then answers from memory, logs it
 * once a minute and reports it in {@code /readyz}. SQLite commits all or nothing, so a write cut
 * short by a full disk leaves the file as it was before that write, never half written.
 * {@link #health()} writes one row, so it notices a full disk too, and notices the space coming
 * back.
 */
public final class SqliteStore implements ConversationStore {

    /** The schema this build writes (the last of {@link SqliteSchema#STEPS}). */
    static final int SCHEMA_VERSION = SqliteSchema.VERSION;
    private static final int BUSY_TIMEOUT_MILLIS = 2_000;
    private static final long SWEEP_EVERY_MILLIS = 60_000;
    private static final long FENCE_KEPT_MILLIS = Duration.ofDays(1).toMillis();
    /**
     * The upsert's update part (its last parameter: now). The session before this one is kept
     * only for a save made while answering an update: the live stored body, or, when the same
     * update is answered again, the one kept the first time. SET expressions read the old row.
     */
    private static final String ON_CONFLICT_KEEP_PRIOR = " ON CONFLICT(chat_id) DO UPDATE SET"
            + " prior = CASE WHEN excluded.answered_by = 0 OR sessions.expires_at <= ? THEN NULL"
            + " WHEN sessions.answered_by = excluded.answered_by THEN sessions.prior ELSE sessions.body END,"
            + " body = excluded.body, expires_at = excluded.expires_at, answered_by = excluded.answered_by";

    /** Opens a JDBC connection on the file (tests hand in one that fails on request). */
    interface Opener {
        Connection open(Path file, SQLiteConfig config) throws SQLException;
    }

    private static final Opener JDBC = (file, config) -> config.createConnection("jdbc:sqlite:" + file);

    private final Path file;
    private final Clock clock;
    private final Opener opener;
    private final AnswersInProgress answers = new AnswersInProgress();
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;
    private PreparedStatement load;
    private PreparedStatement save;
    private PreparedStatement saveFenced;
    private PreparedStatement newestFence;
    private long nextSweepMillis;
    private Checkpointer checkpointer;

    /** A store on {@code file} (created with its folder, owner-only, on first use). */
    public SqliteStore(Path file, Clock clock) {
        this(file, clock, JDBC);
    }

    SqliteStore(Path file, Clock clock, Opener opener) {
        this.file = file.toAbsolutePath().normalize();
        this.clock = clock;
        this.opener = opener;
    }

    public SqliteStore(Path file) {
        this(file, Clock.systemUTC());
    }

    Path file() {
        return file;
    }

    @Override
    public Optional<String> loadSession(String chatId) {
        long update = answers.updateOf(chatId);
        return call("load a session", c -> {
            load.setLong(1, update);
            load.setString(2, chatId);
            load.setLong(3, clock.millis());
            try (ResultSet rs = load.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    @Override
    public AnswerScope answering(String chatId, long updateId) {
        return answers.begin(chatId, updateId);
    }

    @Override
    public void saveSession(String chatId, String encoded, Duration ttl, long fence) {
        long update = answers.updateOf(chatId);
        call("save a session", c -> {
            long now = clock.millis();
            sweepIfDue(c, now);
            PreparedStatement ps = fence == NO_FENCE ? save : saveFenced;
            ps.setString(1, chatId);
            ps.setString(2, encoded);
            ps.setLong(3, now + ttl.toMillis());
            ps.setLong(4, update);
            if (fence == NO_FENCE) {
                ps.setLong(5, now);
                ps.executeUpdate();
                return null;
            }
            // one statement: the fence check and the write are one atomic step
            ps.setLong(5, fence);
            ps.setString(6, chatId);
            ps.setLong(7, now);
            if (ps.executeUpdate() == 0) {
                newestFence.setString(1, chatId);
                try (ResultSet rs = newestFence.executeQuery()) {
                    throw new StaleFenceException(chatId, fence, rs.next() ? rs.getLong(1) : 0);
                }
            }
            return null;
        });
    }

    @Override
    public void forget(String chatId) {
        update("forget a chat", "DELETE FROM sessions WHERE chat_id = ?", chatId);
    }

    @Override
    public boolean isHandled(long updateId) {
        return call("check an update id", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM handled_updates WHERE update_id = ? AND expires_at > ?")) {
                ps.setLong(1, updateId);
                ps.setLong(2, clock.millis());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public void markHandled(long updateId, Duration ttl) {
        call("mark an update id handled", c -> {
            long now = clock.millis();
            sweepIfDue(c, now);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO handled_updates(update_id, expires_at) VALUES (?, ?)"
                            + " ON CONFLICT(update_id) DO UPDATE SET expires_at = excluded.expires_at")) {
                ps.setLong(1, updateId);
                ps.setLong(2, now + ttl.toMillis());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public ChatLock lockChat(String chatId, Duration lease, Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        long token = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        long pauseNanos = 100_000;
        while (true) {
            long fence = call("take a chat lock", c -> tryLock(c, chatId, token, lease));
            if (fence > 0) {
                return new HeldLock(chatId, fence, () -> release(chatId, token));
            }
            if (System.nanoTime() >= deadline) {
                throw new ChatLockTimeoutException(chatId, maxWait, describe());
            }
            LockSupport.parkNanos(pauseNanos);
            pauseNanos = Math.min(pauseNanos * 2, 10_000_000);
        }
    }

    /** Takes the lock if free or expired: its new fence, or 0 when someone else holds it. */
    private long tryLock(Connection c, String chatId, long token, Duration lease) throws SQLException {
        long now = clock.millis();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO chat_locks(chat_id, token, fence, lease_until, expires_at) VALUES (?, ?, 1, ?, ?)"
                        + " ON CONFLICT(chat_id) DO UPDATE SET token = excluded.token, fence = fence + 1,"
                        + " lease_until = excluded.lease_until, expires_at = excluded.expires_at"
                        + " WHERE lease_until <= ? RETURNING fence")) {
            ps.setString(1, chatId);
            ps.setLong(2, token);
            ps.setLong(3, now + lease.toMillis());
            ps.setLong(4, now + Math.max(lease.toMillis(), FENCE_KEPT_MILLIS));
            ps.setLong(5, now);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private void release(String chatId, long token) {
        try {
            call("release a chat lock", c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE chat_locks SET token = 0, lease_until = 0 WHERE chat_id = ? AND token = ?")) {
                    ps.setString(1, chatId);
                    ps.setLong(2, token);
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (StoreUnavailableException e) {
            // the lease expires by itself
        }
    }

    @Override
    public void addPending(String chatId, long updateId, Duration ttl) {
        call("record a pending update id", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO pending_updates(chat_id, update_id, expires_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT(chat_id, update_id) DO UPDATE SET expires_at = excluded.expires_at")) {
                ps.setString(1, chatId);
                ps.setLong(2, updateId);
                ps.setLong(3, clock.millis() + ttl.toMillis());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public OptionalLong lowestPending(String chatId) {
        return call("read the lowest pending update id", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT min(update_id) FROM pending_updates WHERE chat_id = ? AND expires_at > ?")) {
                ps.setString(1, chatId);
                ps.setLong(2, clock.millis());
                try (ResultSet rs = ps.executeQuery()) {
                    long lowest = rs.next() ? rs.getLong(1) : 0;
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(lowest);
                }
            }
        });
    }

    @Override
    public void removePending(String chatId, long updateId) {
        call("remove a pending update id", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM pending_updates WHERE chat_id = ? AND update_id = ?")) {
                ps.setString(1, chatId);
                ps.setLong(2, updateId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public String addToInbox(InboxEntry entry, Duration ttl) {
        return call("keep a message for review", c -> SqliteStaffTables.addToInbox(c, entry, clock.millis() + ttl.toMillis()));
    }

    @Override
    public List<InboxEntry> inbox() {
        return call("read the review inbox", c -> SqliteStaffTables.inbox(c, clock.millis()));
    }

    @Override
    public boolean removeFromInbox(String id) {
        return call("remove a message from the review inbox", c -> SqliteStaffTables.removeFromInbox(c, id, clock.millis()));
    }

    @Override
    public void addCount(UsageKey key, long n) {
        call("add to a usage count", c -> {
            SqliteStaffTables.addCount(c, key, n);
            return null;
        });
    }

    @Override
    public List<UsageCount> counts(LocalDate from) {
        return call("read the usage counts", c -> SqliteStaffTables.counts(c, from));
    }

    @Override
    public StoreHealth health() {
        try {
            call("check the store", c -> {
                // a real write: taking the write lock alone would not notice a full disk
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO store_probe(id, checked_at) VALUES (1, ?)"
                        + " ON CONFLICT(id) DO UPDATE SET checked_at = excluded.checked_at")) {
                    ps.setLong(1, clock.millis());
                    ps.executeUpdate();
                }
                return null;
            });
            return StoreHealth.up(describe());
        } catch (StoreUnavailableException e) {
            return StoreHealth.down(describe(), e.getMessage());
        }
    }

    @Override
    public long sessionCount() {
        return call("count sessions", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM sessions WHERE expires_at > ?")) {
                ps.setLong(1, clock.millis());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public String describe() {
        return "sqlite " + file;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            disconnect();
        } finally {
            lock.unlock();
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} on the connection (opening it if needed); a failure closes it, to be reopened next time. */
    private <T> T call(String what, Work<T> work) {
        lock.lock();
        try {
            return work.run(connection());
        } catch (SQLException e) {
            disconnect();
            throw new StoreUnavailableException(SqliteFailure.describe(file, what, e), e);
        } finally {
            lock.unlock();
        }
    }

    private void update(String what, String sql, String chatId) {
        call(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, chatId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private Connection connection() throws SQLException {
        if (connection != null) {
            return connection;
        }
        OwnerOnlyFile.create(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setGetGeneratedKeys(false); // else the driver runs a second query after every INSERT
        Connection c = opener.open(file, config);
        try {
            SqliteSchema.migrate(c);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_size_limit = 67108864"); // a log grown by a burst shrinks back afterwards
            }
            // while an update is answered again (answered_by equals it), the session before it
            load = c.prepareStatement("SELECT CASE WHEN answered_by = ? AND answered_by <> 0 THEN prior ELSE body END"
                    + " FROM sessions WHERE chat_id = ? AND expires_at > ?");
            save = c.prepareStatement("INSERT INTO sessions(chat_id, body, expires_at, answered_by, prior)"
                    + " VALUES (?, ?, ?, ?, NULL)" + ON_CONFLICT_KEEP_PRIOR);
            saveFenced = c.prepareStatement("INSERT INTO sessions(chat_id, body, expires_at, answered_by, prior)"
                    + " SELECT ?, ?, ?, ?, NULL WHERE ? >= coalesce((SELECT fence FROM chat_locks WHERE chat_id = ?), 0)"
                    + ON_CONFLICT_KEEP_PRIOR);
            newestFence = c.prepareStatement("SELECT fence FROM chat_locks WHERE chat_id = ?");
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        connection = c;
        if (checkpointer == null) {
            checkpointer = new Checkpointer(file, config);
        }
        return c;
    }

    /** Deletes expired sessions, update marks, pending ids, fence counters and inbox entries, at most once a minute. */
    private void sweepIfDue(Connection c, long now) throws SQLException {
        if (now < nextSweepMillis) {
            return;
        }
        nextSweepMillis = now + SWEEP_EVERY_MILLIS;
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM sessions WHERE expires_at <= " + now);
            s.executeUpdate("DELETE FROM handled_updates WHERE expires_at <= " + now);
            s.executeUpdate("DELETE FROM pending_updates WHERE expires_at <= " + now);
            s.executeUpdate("DELETE FROM chat_locks WHERE expires_at <= " + now + " AND lease_until <= " + now);
            s.executeUpdate("DELETE FROM inbox WHERE expires_at <= " + now);
        }
    }

    private void disconnect() {
        if (checkpointer != null) {
            checkpointer.close();
            checkpointer = null;
        }
        if (connection != null) {
            try {
                connection.close(); // closes the prepared statements too
            } catch (SQLException e) {
                // nothing left to do with a broken connection
            }
            connection = null;
        }
    }
}
