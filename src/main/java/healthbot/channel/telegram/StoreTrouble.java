package healthbot.channel.telegram;

import healthbot.ops.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Store failures seen by delivery: each one counted in the metrics, logged at most once a minute
 * (with how many were not logged since), so an outage of Redis or a full disk is one line a
 * minute, not one per message. The store's own message names the store and the fix; it carries
 * no conversation data.
 */
final class StoreTrouble {

    private static final Logger LOG = LoggerFactory.getLogger(StoreTrouble.class);
    static final long LOG_EVERY_NANOS = 60_000_000_000L;

    private final Metrics metrics;
    private final LongSupplier nanos;
    private final AtomicLong lastLogged;
    private final AtomicLong unlogged = new AtomicLong();

    StoreTrouble(Metrics metrics, LongSupplier nanos) {
        this.metrics = metrics;
        this.nanos = nanos;
        this.lastLogged = new AtomicLong(nanos.getAsLong() - LOG_EVERY_NANOS);
    }

    /** @return whether this failure was logged (false: counted only, a line was written less than a minute ago) */
    boolean failed(String operation, RuntimeException e) {
        metrics.storeError(operation);
        long now = nanos.getAsLong();
        long last = lastLogged.get();
        if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            long skipped = unlogged.getAndSet(0);
            // the store's own guard logs what failed and how to fix it; this line says what delivery does about it
            LOG.warn("delivery: store unavailable ({}); answering anyway, repeats suppressed in memory until it is"
                    + " back{}", operation, skipped == 0 ? "" : " (" + skipped + " more store errors in the last minute)");
            return true;
        }
        unlogged.incrementAndGet();
        return false;
    }
}
