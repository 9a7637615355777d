package healthbot.app;

import healthbot.content.ContentException;
import healthbot.content.ContentWatcher;
import healthbot.content.Problem;
import healthbot.dialogue.Bot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The bot for {@code chat --watch}: rebuilt from {@code intents/} whenever a file there changes.
 * An invalid change is reported on stderr and the last good bot keeps answering. A reload starts
 * every conversation over (sessions belong to a bot, and the flows may have changed).
 */
final class ReloadingBot implements Supplier<Bot>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadingBot.class);
    private final Path dir;
    private final Function<Path, Bot> factory;
    private final PrintStream err;
    private volatile Bot current;
    private ContentWatcher watcher;

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
        watcher = ContentWatcher.start(dir, this::reload, why -> err.println("[watch] " + why));
        err.println("[watch] watching " + dir + " for changes.");
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
