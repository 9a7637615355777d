package healthbot.app;

import healthbot.content.ContentException;
import healthbot.content.Problem;
import healthbot.dialogue.Bot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The bot for {@code chat --watch}: rebuilt from {@code intents/} whenever a file there changes.
 * An invalid change is reported on stderr and the last good bot keeps answering. A reload starts
 * every conversation over (sessions belong to a bot, and the flows may have changed).
 */
final class ReloadingBot implements Supplier<Bot>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadingBot.class);
    /** Editors save in several steps (temp file, rename); wait for the burst to end. */
    private static final long QUIET_MILLIS = 300;

    private final Path dir;
    private final Function<Path, Bot> factory;
    private final PrintStream err;
    private volatile Bot current;
    private WatchService watcher;
    private Thread thread;

    /**
     * Builds the first bot at once.
     *
     * @throws ContentException when the content is invalid now: there is no good bot to fall back on
     */
    ReloadingBot(Path dir, Function<Path, Bot> factory, PrintStream err) {
        this.dir = dir;
        this.factory = factory;
        this.err = err;
        this.current = factory.apply(dir);
    }

    @Override
    public Bot get() {
        return current;
    }

    /** Rebuilds now; on invalid content keeps the previous bot and prints why. @return whether it changed */
    boolean reload() {
        try {
            current = factory.apply(dir);
            err.println("[watch] reloaded " + dir + "; conversations start over.");
            return true;
        } catch (ContentException e) {
            err.println("[watch] " + dir + " has " + e.problems().size()
                    + " problem(s); still answering with the last good content:");
            for (Problem p : e.problems()) {
                err.println("  " + p);
            }
            return false;
        } catch (RuntimeException e) {
            LOG.error("reloading {} failed; keeping the last good content", dir, e);
            err.println("[watch] reloading failed (" + e + "); still answering with the last good content.");
            return false;
        }
    }

    /** Starts watching {@code dir} and its sub-folders on a daemon thread. */
    void start() throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        registerTree(dir);
        thread = new Thread(this::watch, "intents-watcher");
        thread.setDaemon(true);
        thread.start();
        err.println("[watch] watching " + dir + " for changes.");
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean changed = drain(key);
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    registerTree(dir); // picks up new sub-folders; registering twice is harmless
                    reload();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        } catch (IOException e) {
            err.println("[watch] stopped watching " + dir + ": " + e.getMessage());
        }
    }

    private static boolean drain(WatchKey key) {
        boolean changed = !key.pollEvents().isEmpty();
        key.reset();
        return changed;
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        if (thread != null) {
            thread.interrupt();
        }
    }
}
