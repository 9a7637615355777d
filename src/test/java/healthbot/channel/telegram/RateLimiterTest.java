package healthbot.channel.telegram;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    /** Virtual time: sleeping moves the clock, and the sleeps are recorded. */
    private final long[] now = {0};
    private final List<Long> sleeps = new ArrayList<>();
    private final Sleeper sleeper = nanos -> {
        if (nanos > 0) {
            sleeps.add(nanos);
            now[0] += nanos;
        }
    };

    @Test
    void tokenBucketAllowsTheBurstThenOnePerInterval() {
        TokenBucket bucket = new TokenBucket(1, 3);
        assertEquals(0, bucket.reserve(0));
        assertEquals(0, bucket.reserve(0));
        assertEquals(0, bucket.reserve(0));
        assertEquals(SECOND, bucket.reserve(0));
        assertEquals(2 * SECOND, bucket.reserve(0));
        assertTrue(bucket.idle(5 * SECOND));
    }

    @Test
    void oneChatGetsAboutOneMessagePerSecondAfterAShortBurst() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(Limits.TELEGRAM, () -> now[0], sleeper);
        for (int i = 0; i < 6; i++) {
            limiter.acquire(42);
        }
        assertEquals(3 * SECOND, now[0], "3 at once, then 3 more a second apart");
    }

    @Test
    void allChatsTogetherStayWithinThirtyPerSecond() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(Limits.TELEGRAM, () -> now[0], sleeper);
        for (int chat = 0; chat < 90; chat++) {
            limiter.acquire(chat);
        }
        assertTrue(now[0] >= 2 * SECOND - SECOND / 30 && now[0] <= 2 * SECOND,
                "90 messages to 90 chats take two seconds beyond the first 30: " + Duration.ofNanos(now[0]));
    }
}
