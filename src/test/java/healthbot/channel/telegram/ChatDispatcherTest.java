package healthbot.channel.telegram;

import healthbot.ops.Metrics;
import healthbot.store.InMemoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ChatDispatcherTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final InMemoryStore store = new InMemoryStore();
    private final Metrics metrics = Metrics.create();
    private final List<String> handled = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private ChatDispatcher dispatcher(Delivery.Answer answer) {
        return new ChatDispatcher(new Delivery(store, false, new SeenUpdates(100), metrics,
                new StoreTrouble(metrics, System::nanoTime)), answer, pool);
    }

    static Update update(int id, long chat, String text) {
        Message m = new Message();
        m.setMessageId(id);
        m.setChat(Chat.builder().id(chat).type("private").build());
        m.setText(text);
        Update u = new Update();
        u.setUpdateId(id);
        u.setMessage(m);
        return u;
    }

    @Test
    void aBatchIsFullyHandledBeforeConsumeReturnsInOrderPerChat() {
        ChatDispatcher d = dispatcher((u, fence) -> {
            handled.add(u.getMessage().getChatId() + ":" + u.getMessage().getText());
            return Delivery.Outgoing.NOTHING;
        });
        d.consume(List.of(update(1, 1, "a1"), update(2, 2, "b1"), update(3, 1, "a2"), update(4, 3, "c1"), update(5, 1, "a3")));
        assertEquals(5, handled.size());
        assertEquals(List.of("1:a1", "1:a2", "1:a3"), handled.stream().filter(s -> s.startsWith("1:")).toList());
    }

    @Test
    void aFailingUpdateNeverEscapesAndTheRestIsStillHandled() {
        ChatDispatcher d = dispatcher((u, fence) -> {
            if (u.getUpdateId() == 1) {
                throw new IllegalStateException("boom");
            }
            handled.add(u.getMessage().getText());
            return Delivery.Outgoing.NOTHING;
        });
        assertDoesNotThrow(() -> d.consume(List.of(update(1, 1, "x"), update(2, 1, "y"), update(3, 2, "z"))));
        assertEquals(List.of("y", "z"), handled.stream().sorted().toList());
        assertDoesNotThrow(() -> d.consume(null));
    }

    @Test
    void anUpdateIdAlreadyHandledIsSkippedAcrossBatches() {
        ChatDispatcher d = dispatcher((u, fence) -> {
            handled.add(u.getMessage().getText());
            return Delivery.Outgoing.NOTHING;
        });
        d.consume(List.of(update(1, 1, "x"), update(1, 1, "x")));
        d.consume(List.of(update(1, 1, "x"), update(2, 1, "y")));
        assertEquals(List.of("x", "y"), handled);
    }

    @Test
    void seenUpdatesForgetsTheOldestBeyondItsCapacity() {
        SeenUpdates seen = new SeenUpdates(3);
        for (int i = 1; i <= 5; i++) {
            seen.add(i);
        }
        assertEquals(3, seen.size());
        assertEquals(false, seen.contains(1));
        assertEquals(true, seen.contains(5));
    }
}
