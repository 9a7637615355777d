package healthbot.channel.telegram;

import healthbot.ops.Metrics;
import healthbot.store.AnswerScope;
import healthbot.store.ChatLock;
import healthbot.store.ChatLockTimeoutException;
import healthbot.store.ConversationStore;
import healthbot.store.StaleFenceException;
import healthbot.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.LockSupport;

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
 *   <li>webhook mode (several instances): on receipt, {@code addPending(chat, update id)} with a
 *       time to live of {@link #PENDING_TTL} (a few seconds longer than a lease);</li>
 *   <li>webhook mode: take this process's lock for the chat, then the chat's lock in the store (a
 *       lease of {@link #LEASE}, with a fencing token); polling mode relies on the dispatcher's
 *       in-process per-chat lock (a batch is answered in id order) and fence 0, and keeps no
 *       pending ids: no store round trip more than before;</li>
 *   <li>{@code isHandled(update id)}: if so, skip it (a redelivery) and remove its pending id;</li>
 *   <li>webhook mode: {@code lowestPending(chat)}: if a lower id of the chat was received (at any
 *       instance) and is not answered yet, release both locks, wait a little and start again from
 *       step 2: a chat's updates are answered in update-id order, as a ticket lock would. The wait
 *       is bounded: an entry whose instance died expires with its time to live, and after
 *       {@link #ORDER_WAIT} the update is answered anyway (one warning in the log);</li>
 *   <li>answer, inside the store's {@link ConversationStore#answering} scope for this update: the
 *       engine loads the chat's session, answers, and saves the session (with the fence); the
 *       store keeps the session before this update next to it, and a load for the same update
 *       returns that one, so answering this update again starts from the same state;</li>
 *   <li>webhook mode: if the store says the save was not acknowledged by a replica (Redis with a
 *       replica, see {@code RedisStore}), send nothing and answer 503 ({@link Outcome#BUSY}):
 *       a reply must not show a state a failover could forget; Telegram delivers the update again
 *       and it is answered from the state before it. Polling mode sends anyway (the library has
 *       confirmed the update already: not sending would lose the reply);</li>
 *   <li>the reply is sent to Telegram;</li>
 *   <li>{@code markHandled(update id)} (kept {@link #HANDLED_TTL}: longer than Telegram keeps an
 *       unconfirmed update), then {@code removePending};</li>
 *   <li>release the lock.</li>
 * </ol>
 *
 * <h2>What a crash (kill -9) at each step leaves behind</h2>
 * <ul>
 *   <li>after the pending id is added, before the session is saved: a pending id nobody answers;
 *       the chat's higher updates wait for it until its time to live runs out (or until Telegram
 *       redelivers it to a live instance, which answers it first); the update itself is answered
 *       on redelivery: <b>not lost</b>;</li>
 *   <li>before the session is saved: nothing changed; the update comes again (unconfirmed batch,
 *       or Telegram's webhook retry) and is answered as the first time: <b>not lost</b>;</li>
 *   <li>after the save, before the reply is sent (or while only some parts of a reply of several
 *       messages are sent): the session has moved on, the user saw nothing or part of it; the
 *       redelivered update is answered again from the session before it (kept with the new one),
 *       so it gets the same reply as the first time: <b>not lost</b> (earlier, it was answered
 *       from the moved-on session, and the question it should have asked was never seen);</li>
 *   <li>after the reply, before the mark: the redelivered update is answered a second time, with
 *       the same reply. This is the only repeat, and at most one update per chat being answered
 *       at the instant of the kill (the pool's size bounds them);</li>
 *   <li>after the mark, before the pending id is removed: the chat's higher updates wait at most
 *       the id's time to live (a redelivery of it is skipped as answered and removes it);</li>
 *   <li>before the release: the lock is held by nobody alive; it expires after its lease and the
 *       next holder gets a larger fence, so a write of the dead holder that was still under way
 *       is refused;</li>
 *   <li>after the release: nothing left behind.</li>
 * </ul>
 *
 * <h2>When the store cannot be reached</h2>
 * Answering matters more than bookkeeping: an update whose id cannot be checked is answered
 * (a repeat is better than silence, and an emergency is always answered); a mark that cannot be
 * written is kept in memory ({@link SeenUpdates}) so this process still skips the repeat; a lock
 * that cannot be taken falls back to the in-process lock; pending ids that cannot be written or
 * read leave the update unordered (answered at once, as before). Failures are counted and logged once a
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
    /** How long a received update counts as pending: a few seconds longer than a lease. */
    static final Duration PENDING_TTL = LEASE.plusSeconds(5);
    /** How long an update waits for lower ones of its chat before it is answered anyway. */
    static final Duration ORDER_WAIT = PENDING_TTL;

    /** What happened to one update. */
    enum Outcome { ANSWERED, DUPLICATE, FAILED, BUSY }

    /**
     * Answers one update through the engine (saving its session) and returns what to send, not
     * sent yet; {@code fence} is the chat lock's token ({@link ConversationStore#NO_FENCE} without one).
     */
    @FunctionalInterface
    interface Answer {
        Outgoing answer(Update update, long fence);
    }

    /** The calls to Telegram an answer makes, in order, sent when {@link #send()} runs. Never throws. */
    @FunctionalInterface
    interface Outgoing {
        void send();

        Outgoing NOTHING = () -> { };
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

    /**
     * Runs the steps above for one update of {@code chat}; the caller serialises the chat's updates
     * in this process (polling: the batch in id order under the dispatcher's per-chat lock). Never throws.
     */
    Outcome deliver(long chat, Update update, Answer answer) {
        return deliver(chat, update, answer, null);
    }

    /**
     * Webhook mode: as above, and in update-id order across instances. {@code local} is this
     * process's lock for the chat, taken here and let go while the update waits for its turn, so a
     * lower update of the chat that reached this same instance can get in. Never throws.
     */
    Outcome deliver(long chat, Update update, Answer answer, Lock local) {
        Integer id = update.getUpdateId();
        String chatId = Long.toString(chat);
        boolean ordered = lockAcrossInstances && id != null && addPending(chatId, id);
        long deadline = System.nanoTime() + ORDER_WAIT.toNanos();
        long pauseNanos = 500_000;
        while (true) {
            if (local != null) {
                local.lock();
            }
            Outcome outcome;
            try {
                boolean mayWait = ordered && System.nanoTime() - deadline < 0 && !Thread.currentThread().isInterrupted();
                outcome = attempt(chat, update, answer, ordered, mayWait);
            } finally {
                if (local != null) {
                    local.unlock();
                }
            }
            if (outcome != null) {
                return outcome;
            }
            LockSupport.parkNanos(pauseNanos); // a lower update of this chat is being answered: its turn first
            pauseNanos = Math.min(pauseNanos * 2, 20_000_000);
        }
    }

    /** One try under the chat lock; {@code null} when a lower update of the chat is pending and {@code mayWait}. */
    private Outcome attempt(long chat, Update update, Answer answer, boolean ordered, boolean mayWait) {
        String chatId = Long.toString(chat);
        Integer id = update.getUpdateId();
        ChatLock lock = null;
        try {
            if (lockAcrossInstances) {
                try {
                    lock = store.lockChat(chatId, LEASE, MAX_WAIT);
                } catch (ChatLockTimeoutException e) {
                    LOG.warn("chat {}: update {} postponed: {}", chat, id, "chat lock busy");
                    return Outcome.BUSY;
                } catch (StoreUnavailableException e) {
                    trouble.failed("lock", e);
                }
            }
            if (id != null && handled(id)) {
                metrics.duplicateUpdate();
                LOG.debug("update {} in chat {} already answered, skipped", id, chat);
                removePending(ordered, chatId, id);
                return Outcome.DUPLICATE;
            }
            if (ordered) {
                OptionalLong lowest = lowestPending(chatId);
                if (lowest.isPresent() && lowest.getAsLong() < id) {
                    if (mayWait) {
                        return null;
                    }
                    LOG.warn("chat {}: update {} answered before the pending update {} after waiting {} s for it",
                            chat, id, lowest.getAsLong(), ORDER_WAIT.toSeconds());
                }
            }
            Outcome outcome = Outcome.ANSWERED;
            Outgoing out = Outgoing.NOTHING;
            try (AnswerScope scope = id == null ? null : store.answering(chatId, id)) {
                out = answer.answer(update, lock == null ? ConversationStore.NO_FENCE : lock.fence());
                if (scope != null && scope.unreplicated()) {
                    if (lockAcrossInstances) {
                        // a failover now could forget this answer's session: do not show it
                        LOG.warn("chat {}: update {} postponed: its session was not acknowledged by a replica", chat, id);
                        return Outcome.BUSY;
                    }
                    LOG.warn("chat {}: update {}: its session was not acknowledged by a replica; sent anyway (polling"
                            + " has confirmed the update already)", chat, id);
                }
            } catch (StaleFenceException e) {
                // our lease ran out and another instance took the chat: nothing was saved or sent
                LOG.warn("chat {}: update {} postponed: the chat lock was lost while answering", chat, id);
                return Outcome.BUSY;
            } catch (RuntimeException e) {
                // a bug must cost one answer, not the chat: marked below, so it does not loop forever
                LOG.error("chat {}: update {} failed: {}", chat, id, Failure.describe(e));
                outcome = Outcome.FAILED;
            }
            try {
                out.send();
            } catch (RuntimeException e) {
                LOG.error("chat {}: update {}: sending the reply failed: {}", chat, id, Failure.describe(e));
                outcome = Outcome.FAILED;
            }
            if (id != null) {
                mark(id);
                removePending(ordered, chatId, id);
            }
            return outcome;
        } catch (RuntimeException e) {
            LOG.error("chat {}: delivering update {} failed: {}", chat, id, Failure.describe(e));
            return Outcome.FAILED;
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private boolean addPending(String chatId, int id) {
        try {
            store.addPending(chatId, id, PENDING_TTL);
            return true;
        } catch (StoreUnavailableException e) {
            trouble.failed("pending", e);
            return false;
        }
    }

    private OptionalLong lowestPending(String chatId) {
        try {
            return store.lowestPending(chatId);
        } catch (StoreUnavailableException e) {
            trouble.failed("pending", e);
            return OptionalLong.empty();
        }
    }

    private void removePending(boolean ordered, String chatId, int id) {
        if (!ordered) {
            return;
        }
        try {
            store.removePending(chatId, id);
        } catch (StoreUnavailableException e) {
            trouble.failed("pending", e); // the entry expires with its time to live
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
