package healthbot.content;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Calls back when a file in a content directory (or any sub-folder, new ones included) is created,
 * changed or deleted: once per burst of changes, since editors save in several steps (temp file,
 * rename). Changes in {@code tests/} (dialogue scripts, which the bot does not load) are ignored.
 * Used by {@code chat --watch} and the studio; runs on one daemon thread.
 */
public final class ContentWatcher implements AutoCloseable {

    /** How long a burst of file events must be quiet before the callback runs. */
    private static final long QUIET_MILLIS = 300;
    /** The scripts' folder: saving a script there is not a change of content. */
    private static final String TESTS = "tests";

    private final Path dir;
    private final Runnable onChange;
    private final Consumer<String> onStopped;
    private final WatchService watcher;
    private final Thread thread;

    private ContentWatcher(Path dir, Runnable onChange, Consumer<String> onStopped) throws IOException {
        this.dir = dir;
        this.onChange = onChange;
        this.onStopped = onStopped;
        this.watcher = FileSystems.getDefault().newWatchService();
        registerTree();
        this.thread = new Thread(this::watch, "intents-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching {@code dir}.
     *
     * @param onChange  runs on the watcher thread after each burst of changes
     * @param onStopped told why, if watching stops on an I/O error
     */
    public static ContentWatcher start(Path dir, Runnable onChange, Consumer<String> onStopped) throws IOException {
        ContentWatcher w = new ContentWatcher(dir, onChange, onStopped);
        w.thread.start();
        return w;
    }

    private void registerTree() throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
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
                    registerTree(); // picks up new sub-folders; registering twice is harmless
                    onChange.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        } catch (IOException e) {
            onStopped.accept("stopped watching " + dir + ": " + e.getMessage());
        }
    }

    /** Whether the key has events; those in {@code tests/} do not count (scripts are not content). */
    private boolean drain(WatchKey key) {
        boolean changed = !key.pollEvents().isEmpty() && !((Path) key.watchable()).startsWith(dir.resolve(TESTS));
        key.reset();
        return changed;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
