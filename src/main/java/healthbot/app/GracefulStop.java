package healthbot.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A clean stop on SIGTERM (a platform's restart or deploy) and SIGINT (Ctrl-C): the signal only
 * wakes the command, which stops taking updates, finishes what is in flight, closes the store
 * and exits 0. Without a signal handler the JVM would run shutdown hooks and exit 143. If the
 * stop takes longer than {@link #DEADLINE} (platforms kill after 30 s) the process halts with
 * status 1 and says so.
 */
final class GracefulStop {

    private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);
    static final Duration DEADLINE = Duration.ofSeconds(28);

    private final List<AutoCloseable> resources = new ArrayList<>();

    /** A future completed (with null) by the first SIGTERM or SIGINT. */
    static CompletableFuture<String> onSignals() {
        CompletableFuture<String> stop = new CompletableFuture<>();
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), s -> {
                    LOG.info("SIG{} received: stopping (no new updates, finishing the replies in flight)", name);
                    stop.complete(null);
                });
            } catch (IllegalArgumentException e) {
                LOG.debug("cannot handle SIG{} on this platform", name);
            }
        }
        return stop;
    }

    void add(AutoCloseable resource) {
        resources.add(resource);
    }

    /** Closes the resources, the last added first. */
    void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("while stopping: {} ({})", resources.get(i).getClass().getSimpleName(),
                        e.getClass().getSimpleName());
            }
        }
        resources.clear();
    }

    /** {@link #close()}, halting the process with status 1 if it takes longer than {@code deadline}. */
    void closeWithin(Duration deadline) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(deadline.toMillis());
                LOG.error("stopping took longer than {} s; halting", deadline.toSeconds());
                Runtime.getRuntime().halt(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        close();
        watchdog.interrupt();
        LOG.info("stopped cleanly");
    }
}
