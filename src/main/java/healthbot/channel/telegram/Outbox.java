package healthbot.channel.telegram;

import healthbot.ops.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/**
 * Every call to Telegram goes out here: rate limited, {@code 429} retried after its
 * {@code retry_after}, 5xx and network errors retried with doubling waits, other 4xx given up at
 * once. A call that finally fails is logged with chat id and intent, never the text.
 */
final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final TelegramClient client;
    private final RateLimiter limiter;
    private final Limits limits;
    private final Sleeper sleeper;
    private final Metrics metrics;

    Outbox(TelegramClient client, RateLimiter limiter, Limits limits, Sleeper sleeper, Metrics metrics) {
        this.metrics = metrics;
        this.client = client;
        this.limiter = limiter;
        this.limits = limits;
        this.sleeper = sleeper;
    }

    /** A message-like call, counted against the chat's and the bot's rate. */
    <T extends Serializable> Optional<T> send(long chatId, String intent, BotApiMethod<T> method) {
        return call(chatId, intent, method, true);
    }

    /** A call that is not a message (answering a callback): retried, not rate limited. */
    <T extends Serializable> Optional<T> answer(long chatId, String intent, BotApiMethod<T> method) {
        return call(chatId, intent, method, false);
    }

    private <T extends Serializable> Optional<T> call(long chatId, String intent, BotApiMethod<T> method, boolean limited) {
        String last = "";
        try {
            for (int attempt = 1; attempt <= limits.maxAttempts(); attempt++) {
                if (limited) {
                    limiter.acquire(chatId);
                }
                try {
                    return Optional.ofNullable(client.execute(method));
                } catch (TelegramApiRequestException e) {
                    last = Failure.describe(e);
                    int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
                    metrics.telegramError(method.getMethod(), code);
                    if (code == 429) {
                        Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                        Duration wait = Duration.ofSeconds(after == null || after < 1 ? 1 : after);
                        if (wait.compareTo(limits.maxRetryAfter()) > 0) {
                            break;
                        }
                        LOG.info("chat {}: Telegram asked to wait {} s before {}", chatId, wait.toSeconds(), method.getMethod());
                        sleeper.sleep(wait.toNanos());
                    } else if (code >= 400 && code < 500) {
                        break; // blocked by the user, chat gone, bad request: trying again changes nothing
                    } else {
                        backOff(attempt);
                    }
                } catch (TelegramApiException e) {
                    last = Failure.describe(e); // network error, timeout, unreadable answer
                    metrics.telegramError(method.getMethod(), 0);
                    backOff(attempt);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            last = "interrupted (shutting down)";
        }
        LOG.warn("chat {} intent {}: {} not delivered, gave up ({})", chatId, intent, method.getMethod(), last);
        return Optional.empty();
    }

    private void backOff(int attempt) throws InterruptedException {
        if (attempt >= limits.maxAttempts()) {
            return;
        }
        long nanos = limits.backoff().toNanos() << Math.min(attempt - 1, 20);
        sleeper.sleep(Math.min(nanos, MAX_BACKOFF.toNanos()));
    }
}
