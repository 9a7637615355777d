package healthbot.channel.telegram;

import healthbot.ops.Metrics;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Watches the long-polling {@code getUpdates} calls (an OkHttp interceptor on the poll client):
 * counts failures in the metrics, logs them at most once a minute (the library itself would log
 * a stack trace per retry, so its logger is off), and recognises Telegram's {@code 409 Conflict},
 * which means another process is polling the same bot.
 *
 * <p>A conflict within {@link #START_WINDOW} of starting means <em>this</em> process is
 * the second one (the running poller re-polls within a second of being cut off, so the newcomer
 * sees its 409 at once): {@link #conflict()} completes and the command stops with one line and exit
 * code 4. Later, the other process is the newcomer (which will stop by the same rule): this one
 * logs a warning and keeps polling. Logs never contain the URL, which carries the token.
 */
final class PollWatch implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(PollWatch.class);
    static final Duration START_WINDOW = Duration.ofSeconds(5);
    static final String CONFLICT = "another instance is already polling this bot's updates (Telegram answered"
            + " getUpdates with 409 Conflict). Long polling allows one instance: stop the other one, or run"
            + " several instances with --webhook and a shared REDIS_URL.";

    private final Metrics metrics;
    private final LongSupplier nanos;
    private final long started;
    private final long windowNanos;
    private final AtomicLong lastLogged;
    private final CompletableFuture<String> conflict = new CompletableFuture<>();

    /** @param window a conflict this soon after starting means this process is the second poller */
    PollWatch(Metrics metrics, LongSupplier nanos, Duration window) {
        this.windowNanos = window.toNanos();
        this.metrics = metrics;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
        this.lastLogged = new AtomicLong(started - StoreTrouble.LOG_EVERY_NANOS);
    }

    /** Completes with a one-line explanation when this process turned out to be a second poller. */
    CompletableFuture<String> conflict() {
        return conflict;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        List<String> segments = chain.request().url().pathSegments();
        // the library writes method names in lower case ("getupdates"); Telegram ignores the case
        String method = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        if (!method.equalsIgnoreCase("getUpdates")) {
            return chain.proceed(chain.request());
        }
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            metrics.telegramError("getUpdates", 0);
            logOnceAMinute("long polling: getUpdates failed (" + e.getClass().getSimpleName() + "); retrying");
            throw e;
        }
        int code = response.code();
        if (code == 409) {
            metrics.telegramError("getUpdates", code);
            if (nanos.getAsLong() - started < windowNanos) {
                conflict.complete(CONFLICT);
            } else {
                logOnceAMinute("long polling: Telegram answered 409 Conflict: another process polls this bot's"
                        + " updates; it should stop by itself, otherwise stop it");
            }
        } else if (!response.isSuccessful()) {
            metrics.telegramError("getUpdates", code);
            logOnceAMinute("long polling: getUpdates answered " + code + "; retrying with back-off");
        }
        return response;
    }

    private void logOnceAMinute(String line) {
        long now = nanos.getAsLong();
        long last = lastLogged.get();
        if (now - last >= StoreTrouble.LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            LOG.warn(line);
        }
    }
}
