package healthbot.store;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Copies a SQLite file's write-ahead log into the file once a second ({@code PASSIVE}: never
 * blocks a writer), on its own daemon thread and connection, so that the answering
 * connection's automatic checkpoint rarely has work (and an fsync) left to do. Failures are left to the next round; the answering connection reports
 * real store problems.
 */
final class Checkpointer implements AutoCloseable {

    private static final long EVERY_MILLIS = 1_000;

    private final Path file;
    private final SQLiteConfig config;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sqlite-checkpoint");
        t.setDaemon(true);
        return t;
    });
    private Connection connection;

    Checkpointer(Path file, SQLiteConfig config) {
        this.file = file;
        this.config = config;
        timer.scheduleWithFixedDelay(this::checkpoint, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void checkpoint() {
        try {
            if (connection == null) {
                connection = config.createConnection("jdbc:sqlite:" + file);
            }
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        } catch (SQLException e) {
            closeConnection(); // reopened next round
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing to do
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }
}
