package healthbot.channel.telegram;

import healthbot.ops.Metrics;
import healthbot.store.ChatLock;
import healthbot.store.ChatLockTimeoutException;
import healthbot.store.ConversationStore;
import healthbot.store.StaleFenceException;
import healthbot.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Duration;

/**
 * Answers one Telegram update at most once per store, surviving a crash at any moment.
 *
 * <h2>How the update offset moves (telegrambots 9.2, {@code BotSession})</h2>
 * One scheduled task polls: {@code getUpdates(offset = last + 1)}, drops ids {@code <= last},
 * sets {@code last} to the batch's highest id <em>before</em> calling the consumer, then calls
 * the consumer on the same thread; the next {@code getUpdates} runs only after the consumer has
 * returned. Telegram counts an update as confirmed only when a later {@code getUpdates} carries a
 * higher offset. So a batch is confirmed at Telegram exactly when the consumer has returned from
 * it, and a process killed while answering a batch gets the whole batch again after a restart
 * (its in-memory {@code last} is gone). The library never re-reads the offset from us, which is
 * why "already answered" has to be remembered in the store, not in memory.
 *
 * <h2>One update, step by step</h2>
 * <ol>
 *   <li>webhook mode (several instances): take the chat's lock in the store (a lease of
 *       {@link #LEASE}, with a fencing token); polling mode relies on the dispatcher's in-process
 *       per-chat lock and fence 0;</li>
 *   <li>{@code isHandled(update id)}: if so, skip it (a redelivery);</li>
 *   <li>answer: the engine loads the chat's session, answers, saves the session (with the fence),
 *       and the reply is sent to Telegram;</li>
 *   <li>{@code markHandled(update id)} (kept {@link #HANDLED_TTL}: longer than Telegram keeps an
 *       unconfirmed update);</li>
 *   <li>release the lock.</li>
 * </ol>
 *
 * <h2>What a crash (kill -9) at each step leaves behind</h2>
 * <ul>
 *   <li>before the session is saved: nothing changed; the update comes again (unconfirmed batch,
 *       or Telegram's webhook retry) and is answered as the first time: <b>not lost</b>;</li>
 *   <li>after the save, before the reply is sent: the session has moved on, the user saw nothing;
 *       the redelivered update is answered from the new session (a flow asks its next question
 *       again rather than the one before): <b>not lost, the flow continues</b>;</li>
 *   <li>after the reply, before the mark: the redelivered update is answered a second time. This
 *       is the only repeat, and at most one update per chat being answered at the instant of the
 *       kill (the pool's size bounds them);</li>
 *   <li>after the mark, before the release: the lock is held by nobody alive; it expires after
 *       its lease and the next holder gets a larger fence, so a write of the dead holder that
 *       was still under way is refused;</li>
 *   <li>after the release: nothing left behind.</li>
 * </ul>
 *
 * <h2>When the store cannot be reached</h2>
 * Answering matters more than bookkeeping: an update whose id cannot be checked is answered
 * (a repeat is better than silence, and an emergency is always answered); a mark that cannot be
 * written is kept in memory ({@link SeenUpdates}) so this process still skips the repeat; a lock
 * that cannot be taken falls back to the in-process lock. Failures are counted and logged once a
 * minute ({@link StoreTrouble}). A lock another live instance holds longer than {@link #MAX_WAIT}
 * is {@link Outcome#BUSY}: the webhook answers 503 and Telegram delivers the update again later.
 * So is an answer whose save was refused for a stale fence (this instance stalled past its lease
 * and another took the chat): nothing was saved or sent, the update is not marked.
 */
final class Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    static final Duration LEASE = Duration.ofSeconds(10);
    static final Duration MAX_WAIT = Duration.ofSeconds(15);
    static final Duration HANDLED_TTL = Duration.ofHours(26);

    /** What happened to one update. */
    enum Outcome { ANSWERED, DUPLICATE, FAILED, BUSY }

    /** Answers one update; {@code fence} is the chat lock's token ({@link ConversationStore#NO_FENCE} without one). */
    @FunctionalInterface
    interface Answer {
        void answer(Update update, long fence);
    }

    private final ConversationStore store;
    private final boolean lockAcrossInstances;
    private final SeenUpdates seen;
    private final Metrics metrics;
    private final StoreTrouble trouble;

    /**
     * @param lockAcrossInstances take the store's chat lock for each update (webhook mode, where
     *                            several instances may receive the same chat's updates)
     */
    Delivery(ConversationStore store, boolean lockAcrossInstances, SeenUpdates seen, Metrics metrics,
             StoreTrouble trouble) {
        this.store = store;
        this.lockAcrossInstances = lockAcrossInstances;
        this.seen = seen;
        this.metrics = metrics;
        this.trouble = trouble;
    }

    /** Runs the steps above for one update of {@code chat}. Never throws. */
    Outcome deliver(long chat, Update update, Answer answer) {
        ChatLock lock = null;
        try {
            if (lockAcrossInstances) {
                try {
                    lock = store.lockChat(Long.toString(chat), LEASE, MAX_WAIT);
                } catch (ChatLockTimeoutException e) {
                    LOG.warn("chat {}: update {} postponed: {}", chat, update.getUpdateId(), "chat lock busy");
                    return Outcome.BUSY;
                } catch (StoreUnavailableException e) {
                    trouble.failed("lock", e);
                }
            }
            Integer id = update.getUpdateId();
            if (id != null && handled(id)) {
                metrics.duplicateUpdate();
                LOG.debug("update {} in chat {} already answered, skipped", id, chat);
                return Outcome.DUPLICATE;
            }
            Outcome outcome = Outcome.ANSWERED;
            try {
                answer.answer(update, lock == null ? ConversationStore.NO_FENCE : lock.fence());
            } catch (StaleFenceException e) {
                // our lease ran out and another instance took the chat: nothing was saved or sent
                LOG.warn("chat {}: update {} postponed: the chat lock was lost while answering", chat, id);
                return Outcome.BUSY;
            } catch (RuntimeException e) {
                // a bug must cost one answer, not the chat: marked below, so it does not loop forever
                LOG.error("chat {}: update {} failed: {}", chat, id, Failure.describe(e));
                outcome = Outcome.FAILED;
            }
            if (id != null) {
                mark(id);
            }
            return outcome;
        } catch (RuntimeException e) {
            LOG.error("chat {}: delivering update {} failed: {}", chat, update.getUpdateId(), Failure.describe(e));
            return Outcome.FAILED;
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private boolean handled(int id) {
        if (seen.contains(id)) {
            return true;
        }
        try {
            return store.isHandled(id);
        } catch (StoreUnavailableException e) {
            trouble.failed("handled", e);
            return false;
        }
    }

    private void mark(int id) {
        seen.add(id);
        try {
            store.markHandled(id, HANDLED_TTL);
        } catch (StoreUnavailableException e) {
            trouble.failed("mark", e);
        }
    }
}
