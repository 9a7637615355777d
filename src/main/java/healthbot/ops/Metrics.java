package healthbot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The bot's counters and timers in one Micrometer registry, scraped as Prometheus text. Every label
 * value comes from a small closed set (intent and outcome names of the content, language codes,
 * Bot API method names, HTTP status codes, store operations), so no chat id or text can end up in
 * a label. Thread-safe.
 *
 * <p>Names as Prometheus shows them: {@code healthbot_messages_total{intent,outcome,language}},
 * {@code healthbot_fallbacks_total}, {@code healthbot_emergencies_total},
 * {@code healthbot_reply_seconds} (histogram), {@code healthbot_telegram_errors_total{method,code}},
 * {@code healthbot_telegram_rate_limited_total{method}}, {@code healthbot_updates_duplicate_total},
 * {@code healthbot_sessions_stored}, {@code healthbot_store_errors_total{operation}}, and the JVM's
 * {@code jvm_*} / {@code process_*} meters.
 */
public final class Metrics {

    private final PrometheusMeterRegistry registry;
    private final Counter fallbacks;
    private final Counter emergencies;
    private final Counter duplicates;
    private final Timer replies;

    private Metrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
        fallbacks = Counter.builder("healthbot.fallbacks").description("messages answered with the fallback")
                .register(registry);
        emergencies = Counter.builder("healthbot.emergencies").description("messages answered as an emergency")
                .register(registry);
        duplicates = Counter.builder("healthbot.updates.duplicate")
                .description("Telegram updates skipped because they were already answered").register(registry);
        replies = Timer.builder("healthbot.reply").description("from an update's arrival to its reply sent")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(100_000))
                .maximumExpectedValue(Duration.ofSeconds(30)).register(registry);
    }

    /** A registry with the JVM's memory, GC, thread, class-loading, CPU and uptime meters. */
    public static Metrics create() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return new Metrics(registry);
    }

    /**
     * One answered message: its intent, what kind of reply it got ({@code ANSWER}, {@code FALLBACK},
     * {@code EMERGENCY}...), the rule outcome (or "none") and the language the reply is written in
     * (one of the content's language codes, so the label has as many values as the bot has languages).
     */
    public void message(String intent, String kind, String outcome, String language, long nanosToReply) {
        Counter.builder("healthbot.messages").description("messages answered, by intent, reply kind, rule outcome and language")
                .tags("intent", label(intent), "kind", label(kind), "outcome", label(outcome), "language", label(language))
                .register(registry).increment();
        if ("FALLBACK".equals(kind)) {
            fallbacks.increment();
        } else if ("EMERGENCY".equals(kind)) {
            emergencies.increment();
        }
        replies.record(nanosToReply, TimeUnit.NANOSECONDS);
    }

    /** A Bot API call that failed with this HTTP status (0: no answer, a network error). */
    public void telegramError(String method, int status) {
        Counter.builder("healthbot.telegram.errors").description("Bot API calls that failed, by method and HTTP status (0: no answer)")
                .tags("method", label(method), "code", Integer.toString(status)).register(registry).increment();
        if (status == 429) {
            Counter.builder("healthbot.telegram.rate.limited").description("Bot API calls answered 429 Too Many Requests")
                    .tags("method", label(method)).register(registry).increment();
        }
    }

    /** An update skipped because it had been answered already (a redelivery). */
    public void duplicateUpdate() {
        duplicates.increment();
    }

    /** A store call that failed (e.g. "load", "save", "lock", "handled"). */
    public void storeError(String operation) {
        Counter.builder("healthbot.store.errors").description("store calls that failed, by operation")
                .tags("operation", label(operation)).register(registry).increment();
    }

    /** Reports the number of sessions stored, read at every scrape; a failing read shows as NaN. */
    public void sessionsStored(LongSupplier count) {
        Gauge.builder("healthbot.sessions.stored", () -> {
            try {
                return (double) count.getAsLong();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description("conversations kept in the store").register(registry);
    }

    /** The Prometheus text exposition (format 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    /** Meter value for tests and the bench: the count of a counter, 0 when it was never incremented. */
    public double count(String name, String... tags) {
        Counter c = registry.find(name).tags(tags).counter();
        return c == null ? 0 : c.count();
    }

    private static String label(String value) {
        if (value == null || value.isEmpty()) {
            return "none";
        }
        // names of the content and of the Bot API are already short identifiers; anything else is flattened
        int n = Math.min(value.length(), 40);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            s.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        return s.toString();
    }
}
