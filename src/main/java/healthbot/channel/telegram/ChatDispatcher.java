package healthbot.channel.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Delivery: takes a batch of updates (long polling) or a single one (webhook) and returns only
 * when every reply has been sent or given up. Updates of one chat run in order under that chat's
 * lock; different chats run in parallel on a bounded pool. An update id already handled is
 * skipped. Never throws: the library's poll task stops for good if its consumer does.
 */
final class ChatDispatcher implements LongPollingUpdateConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(ChatDispatcher.class);
    private static final int STRIPES = 256;
    private static final Long NO_CHAT = Long.MIN_VALUE;

    private final Consumer<Update> handler;
    private final ExecutorService pool;
    private final SeenUpdates seen;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    ChatDispatcher(Consumer<Update> handler, ExecutorService pool, SeenUpdates seen) {
        this.handler = handler;
        this.pool = pool;
        this.seen = seen;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    private int busy;

    @Override
    public void consume(List<Update> updates) {
        synchronized (this) {
            busy++;
        }
        try {
            process(updates);
        } catch (RuntimeException | Error e) {
            LOG.error("a batch of {} updates failed: {}", updates == null ? 0 : updates.size(), Failure.describe(e));
        } finally {
            synchronized (this) {
                busy--;
                notifyAll();
            }
        }
    }

    /** Waits (at most {@code millis}) until no batch is being answered: a clean stop sends what it has begun. */
    synchronized void awaitIdle(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (busy > 0 && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
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
        for (Map.Entry<Long, List<Update>> e : byChat.entrySet()) {
            running.add(pool.submit(() -> runChat(e.getKey(), e.getValue())));
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
        ReentrantLock lock = locks[Math.floorMod(chat.hashCode(), STRIPES)];
        lock.lock();
        try {
            for (Update u : updates) {
                Integer id = u.getUpdateId();
                if (id != null && seen.contains(id)) {
                    LOG.debug("update {} in chat {} already handled, skipped", id, chat);
                    continue;
                }
                try {
                    handler.accept(u);
                } catch (RuntimeException e) {
                    LOG.error("chat {}: update {} failed: {}", chat, id, Failure.describe(e));
                }
                if (id != null) {
                    seen.add(id);
                }
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
