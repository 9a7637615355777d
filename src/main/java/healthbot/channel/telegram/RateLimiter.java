package healthbot.channel.telegram;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Telegram's outgoing limits: one bucket for the whole bot, one per chat. Chats' buckets are
 * dropped once full again, so memory follows the chats active in the last few seconds.
 */
final class RateLimiter {

    private static final int PURGE_EVERY = 1024;

    private final Limits limits;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private final TokenBucket global;
    private final Map<Long, TokenBucket> chats = new ConcurrentHashMap<>();
    private int sincePurge;

    RateLimiter(Limits limits, LongSupplier nanoClock, Sleeper sleeper) {
        this.limits = limits;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
        this.global = new TokenBucket(limits.globalPerSecond(), (int) Math.max(1, Math.round(limits.globalPerSecond())));
    }

    /** Blocks until one more message may go to this chat. */
    void acquire(long chatId) throws InterruptedException {
        purgeNowAndThen();
        TokenBucket chat = chats.computeIfAbsent(chatId, id -> new TokenBucket(limits.chatPerSecond(), limits.chatBurst()));
        sleeper.sleep(chat.reserve(nanoClock.getAsLong()));
        sleeper.sleep(global.reserve(nanoClock.getAsLong()));
    }

    int trackedChats() {
        return chats.size();
    }

    private void purgeNowAndThen() {
        boolean purge;
        synchronized (this) {
            purge = ++sincePurge >= PURGE_EVERY;
            if (purge) {
                sincePurge = 0;
            }
        }
        if (purge) {
            long now = nanoClock.getAsLong();
            chats.values().removeIf(b -> b.idle(now));
        }
    }
}
