package healthbot.studio;

import healthbot.content.Content;
import healthbot.content.ContentException;
import healthbot.content.ContentLoader;
import healthbot.content.ContentWatcher;
import healthbot.content.Problem;
import healthbot.nlu.Nlu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The content the studio answers with, reloaded when a file in it changes (as {@code chat --watch}).
 * An invalid change is kept as a list of problems while the last good content keeps answering.
 */
final class LiveContent implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveContent.class);

    /** One good version of the content with its trained understanding. */
    record Version(int number, Content content, Nlu nlu, Instant loadedAt) {}

    /** What the last reload found: no problems, or why the content in the folder is not used. */
    record Check(Instant at, List<Problem> problems, String failure) {
        Check {
            problems = List.copyOf(problems);
        }

        boolean good() {
            return problems.isEmpty() && failure == null;
        }
    }

    private final Path dir;
    private final PrintStream err;
    private volatile Version current;
    private volatile Check lastCheck;
    private ContentWatcher watcher;

    /** @throws ContentException when the content is invalid at start: there is nothing good to answer with */
    LiveContent(Path dir, PrintStream err) {
        this.dir = dir;
        this.err = err;
        Content content = ContentLoader.load(dir);
        this.current = new Version(1, content, Nlu.train(content), Instant.now());
        this.lastCheck = new Check(current.loadedAt(), List.of(), null);
    }

    Path dir() {
        return dir;
    }

    Version current() {
        return current;
    }

    Check lastCheck() {
        return lastCheck;
    }

    /** Reloads now; on invalid content keeps the previous version and records why. */
    synchronized boolean reload() {
        try {
            Content content = ContentLoader.load(dir);
            current = new Version(current.number() + 1, content, Nlu.train(content), Instant.now());
            lastCheck = new Check(current.loadedAt(), List.of(), null);
            err.println("[studio] reloaded " + dir + "; conversations start over.");
            return true;
        } catch (ContentException e) {
            lastCheck = new Check(Instant.now(), e.problems(), null);
            err.println("[studio] " + dir + " has " + e.problems().size()
                    + " problem(s); still answering with the last good content.");
            return false;
        } catch (RuntimeException e) {
            LOG.error("reloading {} failed; keeping the last good content", dir, e);
            lastCheck = new Check(Instant.now(), List.of(), e.toString());
            return false;
        }
    }

    void watch() throws IOException {
        watcher = ContentWatcher.start(dir, this::reload, why -> err.println("[studio] " + why));
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
