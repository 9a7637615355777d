package healthbot.channel.telegram;

import healthbot.ops.Metrics;
import healthbot.store.ChatLock;
import healthbot.store.ChatLockTimeoutException;
import healthbot.store.ConversationStore;
import healthbot.store.InMemoryStore;
import healthbot.store.StaleFenceException;
import healthbot.store.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class DeliveryTest {

    private final Metrics metrics = Metrics.create();
    private final List<String> answered = new ArrayList<>();
    private final List<Long> fences = new ArrayList<>();

    private Delivery delivery(ConversationStore store, boolean locks) {
        return new Delivery(store, locks, new SeenUpdates(100), metrics, new StoreTrouble(metrics, System::nanoTime));
    }

    private final Delivery.Answer record = (u, fence) -> {
        answered.add(u.getMessage().getText());
        fences.add(fence);
    };

    private static Update update(int id, String text) {
        return ChatDispatcherTest.update(id, 1, text);
    }

    @Test
    void anUpdateAnsweredByAnotherProcessSharingTheStoreIsSkipped() {
        InMemoryStore store = new InMemoryStore();
        store.markHandled(7, Duration.ofHours(1));
        assertEquals(Delivery.Outcome.DUPLICATE, delivery(store, false).deliver(1, update(7, "x"), record));
        assertTrue(answered.isEmpty());
        assertEquals(1, metrics.count("healthbot.updates.duplicate"));
    }

    @Test
    void anAnsweredUpdateIsMarkedInTheStoreForTheNextProcess() {
        InMemoryStore store = new InMemoryStore();
        assertEquals(Delivery.Outcome.ANSWERED, delivery(store, false).deliver(1, update(8, "x"), record));
        assertTrue(store.isHandled(8));
        assertEquals(List.of(ConversationStore.NO_FENCE), fences, "polling: no chat lock, fence 0");
    }

    @Test
    void webhookModeAnswersUnderTheChatLockWithItsFenceAndReleasesIt() {
        InMemoryStore store = new InMemoryStore();
        delivery(store, true).deliver(1, update(9, "x"), record);
        delivery(store, true).deliver(1, update(10, "y"), record);
        assertEquals(2, fences.size());
        assertTrue(fences.get(0) > 0 && fences.get(1) > fences.get(0), "each lock a newer fence: " + fences);
        try (ChatLock again = store.lockChat("1", Duration.ofSeconds(1), Duration.ZERO)) {
            assertTrue(again.fence() > fences.get(1), "released: free at once");
        }
    }

    @Test
    void aStoreThatCannotBeReachedStillGetsEveryUpdateAnsweredAndRepeatsSuppressedInMemory() {
        ConversationStore down = mock(ConversationStore.class);
        StoreUnavailableException e = new StoreUnavailableException("redis 127.0.0.1:6379/0: connection refused");
        when(down.isHandled(anyLong())).thenThrow(e);
        doThrow(e).when(down).markHandled(anyLong(), any());
        when(down.lockChat(anyString(), any(), any())).thenThrow(e);
        Delivery d = delivery(down, true);
        assertEquals(Delivery.Outcome.ANSWERED, d.deliver(1, update(11, "emergency"), record));
        assertEquals(Delivery.Outcome.DUPLICATE, d.deliver(1, update(11, "emergency"), record));
        assertEquals(List.of("emergency"), answered);
        assertTrue(metrics.count("healthbot.store.errors", "operation", "lock") >= 1);
    }

    @Test
    void aChatLockedElsewhereTooLongIsPostponedNotAnswered() {
        ConversationStore busy = mock(ConversationStore.class);
        when(busy.lockChat(anyString(), any(), any()))
                .thenThrow(new ChatLockTimeoutException("1", Duration.ofSeconds(15), "redis"));
        assertEquals(Delivery.Outcome.BUSY, delivery(busy, true).deliver(1, update(12, "x"), record));
        assertTrue(answered.isEmpty());
    }

    @Test
    void anAnswerRefusedForAStaleFenceIsPostponedAndNotMarked() {
        InMemoryStore store = new InMemoryStore();
        Delivery.Answer stale = (u, fence) -> {
            throw new StaleFenceException("1", fence, fence + 1);
        };
        assertEquals(Delivery.Outcome.BUSY, delivery(store, true).deliver(1, update(13, "x"), stale));
        assertFalse(store.isHandled(13), "Telegram delivers it again");
    }
}
