package healthbot.channel.telegram;

import java.time.Duration;

/**
 * Outgoing-call limits and retry policy.
 *
 * @param globalPerSecond messages per second over all chats (Telegram: about 30)
 * @param chatPerSecond   messages per second in one chat (Telegram: about 1, short bursts allowed)
 * @param chatBurst       messages one chat may get at once before the per-chat rate applies
 * @param maxAttempts     tries per call before the reply is given up (and logged)
 * @param backoff         first wait after a 5xx or network error; doubles each time
 * @param maxRetryAfter   a 429 asking to wait longer than this gives up instead of blocking the chat
 */
public record Limits(double globalPerSecond, double chatPerSecond, int chatBurst, int maxAttempts,
                     Duration backoff, Duration maxRetryAfter) {

    /** Telegram's published limits. */
    public static final Limits TELEGRAM = new Limits(30, 1, 3, 5, Duration.ofMillis(500), Duration.ofSeconds(60));

    public Limits {
        if (globalPerSecond <= 0 || chatPerSecond <= 0 || chatBurst < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("limits must be positive: " + globalPerSecond + "/s, "
                    + chatPerSecond + "/s per chat, burst " + chatBurst + ", " + maxAttempts + " attempts");
        }
    }

    /** No practical rate limit (benchmarks and tests); retries as given. */
    public static Limits unlimited(int maxAttempts, Duration backoff) {
        return new Limits(1_000_000, 1_000_000, 1_000, maxAttempts, backoff, Duration.ofSeconds(60));
    }
}
