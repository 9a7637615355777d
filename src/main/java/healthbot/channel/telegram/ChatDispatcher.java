package healthbot.channel.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Takes a batch of updates (long polling) or a single one (webhook) and returns only when every
 * reply has been sent or given up. Updates of one chat run in update-id order under that chat's
 * in-process lock; different chats run in parallel on a bounded pool; each update goes through
 * {@link Delivery} (skipped when already answered, marked when answered; in webhook mode under the
 * store's chat lock and in update-id order across instances, waiting for lower pending ids). Never throws: the library's poll task stops for good if its consumer does.
 * After {@link #stopTaking()} new updates are left alone (not answered, not marked): Telegram
 * delivers them again to the next process.
 */
final class ChatDispatcher implements LongPollingUpdateConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(ChatDispatcher.class);
    private static final int STRIPES = 256;
    private static final Long NO_CHAT = Long.MIN_VALUE;

    private final Delivery delivery;
    private final Delivery.Answer answer;
    private final ExecutorService pool;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private int busy;
    private boolean stopped;

    ChatDispatcher(Delivery delivery, Delivery.Answer answer, ExecutorService pool) {
        this.delivery = delivery;
        this.answer = answer;
        this.pool = pool;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    @Override
    public void consume(List<Update> updates) {
        if (!enter()) {
            return;
        }
        try {
            process(updates);
        } catch (RuntimeException | Error e) {
            LOG.error("a batch of {} updates failed: {}", updates == null ? 0 : updates.size(), Failure.describe(e));
        } finally {
            leave();
        }
    }

    /** One update from the webhook. @return what happened; {@link Delivery.Outcome#BUSY} also when stopping */
    Delivery.Outcome deliverOne(Update update) {
        if (!enter()) {
            return Delivery.Outcome.BUSY;
        }
        try {
            Long chat = chatOf(update);
            // Delivery takes the chat's in-process lock, and lets it go while the update waits for
            // a lower one of the chat (which may have come to this instance too)
            return delivery.deliver(chat, update, answer, locks[Math.floorMod(chat.hashCode(), STRIPES)]);
        } catch (RuntimeException e) {
            LOG.error("update {} failed: {}", update.getUpdateId(), Failure.describe(e));
            return Delivery.Outcome.FAILED;
        } finally {
            leave();
        }
    }

    /** From now on new updates are not taken; those being answered are finished. */
    synchronized void stopTaking() {
        stopped = true;
    }

    /** Waits (at most {@code millis}) until no update is being answered: a clean stop sends what it has begun. */
    synchronized boolean awaitIdle(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (busy > 0 && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
        return busy == 0;
    }

    private synchronized boolean enter() {
        if (stopped) {
            return false;
        }
        busy++;
        return true;
    }

    private synchronized void leave() {
        busy--;
        notifyAll();
    }

    private void process(List<Update> updates) {
        if (updates == null || updates.isEmpty()) {
            return;
        }
        Map<Long, List<Update>> byChat = new LinkedHashMap<>();
        for (Update u : updates) {
            if (u != null) {
                byChat.computeIfAbsent(chatOf(u), c -> new ArrayList<>()).add(u);
            }
        }
        if (byChat.size() == 1) {
            Map.Entry<Long, List<Update>> only = byChat.entrySet().iterator().next();
            runChat(only.getKey(), only.getValue());
            return;
        }
        List<Future<?>> running = new ArrayList<>(byChat.size());
        try {
            for (Map.Entry<Long, List<Update>> e : byChat.entrySet()) {
                running.add(pool.submit(() -> runChat(e.getKey(), e.getValue())));
            }
        } catch (RejectedExecutionException e) {
            LOG.warn("stopping: {} chats of a batch left for the next process", byChat.size() - running.size());
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.warn("interrupted while a batch was being answered (shutting down)");
                return;
            } catch (ExecutionException e) {
                LOG.error("a chat's updates failed: {}", Failure.describe(e.getCause()));
            }
        }
    }

    private void runChat(Long chat, List<Update> updates) {
        updates.sort(Comparator.comparing(u -> u.getUpdateId() == null ? Integer.MIN_VALUE : u.getUpdateId()));
        ReentrantLock lock = locks[Math.floorMod(chat.hashCode(), STRIPES)];
        lock.lock();
        try {
            for (Update u : updates) {
                delivery.deliver(chat, u, answer);
            }
        } finally {
            lock.unlock();
        }
    }

    static Long chatOf(Update u) {
        if (u.hasMessage()) {
            return u.getMessage().getChatId();
        }
        if (u.hasEditedMessage()) {
            return u.getEditedMessage().getChatId();
        }
        if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() != null
                && u.getCallbackQuery().getMessage().getChatId() != null) {
            return u.getCallbackQuery().getMessage().getChatId();
        }
        return NO_CHAT;
    }
}
