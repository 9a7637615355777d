package healthbot.channel.telegram;

import healthbot.ops.Metrics;
import healthbot.store.AnswerScope;
import healthbot.store.ChatLock;
import healthbot.store.ChatLockTimeoutException;
import healthbot.store.ConversationStore;
import healthbot.store.InMemoryStore;
import healthbot.store.StaleFenceException;
import healthbot.store.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

import healthbot.testsupport.MovableClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
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
        return Delivery.Outgoing.NOTHING;
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

    @Test
    void pollingModeKeepsNoPendingIdsInTheStore() {
        ConversationStore store = mock(ConversationStore.class, delegatesTo(new InMemoryStore()));
        assertEquals(Delivery.Outcome.ANSWERED, delivery(store, false).deliver(1, update(14, "x"), record));
        verify(store, never()).addPending(anyString(), anyLong(), any());
        verify(store, never()).lowestPending(anyString());
    }

    @Test
    void twoUpdatesOfAChatAtTwoInstancesAreAnsweredLowerIdFirstWhenTheHigherGetsTheLockFirst() throws Exception {
        InMemoryStore shared = new InMemoryStore();
        CountDownLatch lowerReceived = new CountDownLatch(1);
        CountDownLatch higherSawLowerPending = new CountDownLatch(1);
        // instance A gets update 21; it takes the chat lock only once 20 was received at B
        ConversationStore atA = mock(ConversationStore.class, delegatesTo(shared));
        doAnswer(inv -> {
            assertTrue(lowerReceived.await(30, TimeUnit.SECONDS));
            return shared.lockChat(inv.getArgument(0), inv.getArgument(1), inv.getArgument(2));
        }).when(atA).lockChat(anyString(), any(), any());
        doAnswer(inv -> {
            OptionalLong lowest = shared.lowestPending(inv.getArgument(0));
            if (lowest.equals(OptionalLong.of(20))) {
                higherSawLowerPending.countDown();
            }
            return lowest;
        }).when(atA).lowestPending(anyString());
        // instance B gets update 20; it asks for the lock only after A held it and saw 20 pending
        ConversationStore atB = mock(ConversationStore.class, delegatesTo(shared));
        doAnswer(inv -> {
            shared.addPending(inv.getArgument(0), inv.getArgument(1), inv.getArgument(2));
            lowerReceived.countDown();
            return null;
        }).when(atB).addPending(anyString(), anyLong(), any());
        doAnswer(inv -> {
            assertTrue(higherSawLowerPending.await(30, TimeUnit.SECONDS));
            return shared.lockChat(inv.getArgument(0), inv.getArgument(1), inv.getArgument(2));
        }).when(atB).lockChat(anyString(), any(), any());

        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        Delivery.Answer inOrder = (u, fence) -> {
            order.add(u.getUpdateId());
            return Delivery.Outgoing.NOTHING;
        };
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Delivery.Outcome> higher = instances.submit(
                    () -> delivery(atA, true).deliver(1, update(21, "second"), inOrder, new ReentrantLock()));
            Future<Delivery.Outcome> lower = instances.submit(
                    () -> delivery(atB, true).deliver(1, update(20, "first"), inOrder, new ReentrantLock()));
            assertEquals(Delivery.Outcome.ANSWERED, higher.get(60, TimeUnit.SECONDS));
            assertEquals(Delivery.Outcome.ANSWERED, lower.get(60, TimeUnit.SECONDS));
        } finally {
            instances.shutdownNow();
        }
        assertEquals(List.of(20, 21), order);
        assertEquals(OptionalLong.empty(), shared.lowestPending("1"), "answered ids are no longer pending");
        assertTrue(shared.isHandled(20) && shared.isHandled(21));
    }

    @Test
    void aPendingIdLeftByADeadInstanceHoldsTheChatOnlyUntilItExpires() throws Exception {
        MovableClock clock = new MovableClock();
        InMemoryStore shared = new InMemoryStore(clock);
        shared.addPending("1", 30, Delivery.PENDING_TTL); // received by an instance that died before answering
        CountDownLatch blocked = new CountDownLatch(1);
        ConversationStore store = mock(ConversationStore.class, delegatesTo(shared));
        doAnswer(inv -> {
            OptionalLong lowest = shared.lowestPending(inv.getArgument(0));
            if (lowest.equals(OptionalLong.of(30))) {
                blocked.countDown();
            }
            return lowest;
        }).when(store).lowestPending(anyString());
        ExecutorService instance = Executors.newSingleThreadExecutor();
        try {
            Future<Delivery.Outcome> next = instance.submit(
                    () -> delivery(store, true).deliver(1, update(31, "x"), record, new ReentrantLock()));
            assertTrue(blocked.await(30, TimeUnit.SECONDS), "31 waits while 30 is pending");
            assertTrue(answered.isEmpty());
            clock.advance(Delivery.PENDING_TTL.plusSeconds(1));
            assertEquals(Delivery.Outcome.ANSWERED, next.get(60, TimeUnit.SECONDS));
        } finally {
            instance.shutdownNow();
        }
        assertEquals(List.of("x"), answered);
    }

    @Test
    void aRedeliveredUpdateThatWasAnsweredIsNoLongerPending() {
        InMemoryStore store = new InMemoryStore();
        Delivery d = delivery(store, true);
        assertEquals(Delivery.Outcome.ANSWERED, d.deliver(1, update(40, "x"), record, new ReentrantLock()));
        assertEquals(Delivery.Outcome.DUPLICATE, d.deliver(1, update(40, "x"), record, new ReentrantLock()));
        assertEquals(OptionalLong.empty(), store.lowestPending("1"));
    }

    @Test
    void aHigherUpdateWaitingForALowerOneAtTheSameInstanceLetsItsInProcessLockGo() throws Exception {
        InMemoryStore shared = new InMemoryStore();
        ReentrantLock chatLockInProcess = new ReentrantLock();
        CountDownLatch higherHoldsTheProcessLock = new CountDownLatch(1);
        CountDownLatch lowerReceived = new CountDownLatch(1);
        ConversationStore store = mock(ConversationStore.class, delegatesTo(shared));
        doAnswer(inv -> {
            shared.addPending(inv.getArgument(0), inv.getArgument(1), inv.getArgument(2));
            if ((long) inv.getArgument(1) == 50) {
                lowerReceived.countDown();
            }
            return null;
        }).when(store).addPending(anyString(), anyLong(), any());
        doAnswer(inv -> {
            if (Thread.currentThread().getName().equals("higher")) {
                higherHoldsTheProcessLock.countDown();
                assertTrue(lowerReceived.await(30, TimeUnit.SECONDS));
            }
            return shared.lockChat(inv.getArgument(0), inv.getArgument(1), inv.getArgument(2));
        }).when(store).lockChat(anyString(), any(), any());
        Delivery d = delivery(store, true);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        Delivery.Answer inOrder = (u, fence) -> {
            order.add(u.getUpdateId());
            return Delivery.Outgoing.NOTHING;
        };
        ExecutorService higherThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "higher"));
        ExecutorService lowerThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "lower"));
        try {
            Future<Delivery.Outcome> higher = higherThread.submit(
                    () -> d.deliver(1, update(51, "second"), inOrder, chatLockInProcess));
            assertTrue(higherHoldsTheProcessLock.await(30, TimeUnit.SECONDS));
            Future<Delivery.Outcome> lower = lowerThread.submit(
                    () -> d.deliver(1, update(50, "first"), inOrder, chatLockInProcess));
            assertEquals(Delivery.Outcome.ANSWERED, lower.get(60, TimeUnit.SECONDS));
            assertEquals(Delivery.Outcome.ANSWERED, higher.get(60, TimeUnit.SECONDS));
        } finally {
            higherThread.shutdownNow();
            lowerThread.shutdownNow();
        }
        assertEquals(List.of(50, 51), order);
    }

    /** A scope that says its session was not acknowledged by a replica (Redis with a lagging replica). */
    private static ConversationStore unreplicatingStore(InMemoryStore inner) {
        ConversationStore store = mock(ConversationStore.class, delegatesTo(inner));
        doAnswer(inv -> new AnswerScope() {
            @Override
            public boolean unreplicated() {
                return true;
            }

            @Override
            public void close() {
            }
        }).when(store).answering(anyString(), anyLong());
        return store;
    }

    @Test
    void webhookModeSendsNothingAndPostponesAnAnswerWhoseSessionNoReplicaAcknowledged() {
        InMemoryStore inner = new InMemoryStore();
        List<String> sent = new ArrayList<>();
        Delivery.Answer answer = (u, fence) -> () -> sent.add(u.getMessage().getText());
        assertEquals(Delivery.Outcome.BUSY, delivery(unreplicatingStore(inner), true).deliver(1, update(60, "x"), answer,
                new ReentrantLock()));
        assertEquals(List.of(), sent, "a reply must not show a state a failover could forget");
        assertFalse(inner.isHandled(60), "Telegram delivers it again");
        assertEquals(OptionalLong.of(60), inner.lowestPending("1"), "the chat's later updates wait for its redelivery");
    }

    @Test
    void pollingModeSendsAnAnswerWhoseSessionNoReplicaAcknowledgedSinceTheUpdateIsConfirmedAlready() {
        InMemoryStore inner = new InMemoryStore();
        List<String> sent = new ArrayList<>();
        Delivery.Answer answer = (u, fence) -> () -> sent.add(u.getMessage().getText());
        assertEquals(Delivery.Outcome.ANSWERED, delivery(unreplicatingStore(inner), false).deliver(1, update(61, "y"), answer));
        assertEquals(List.of("y"), sent);
        assertTrue(inner.isHandled(61));
    }

    @Test
    void theReplyIsSentOnlyAfterTheAnswerAndBeforeTheMark() {
        InMemoryStore store = new InMemoryStore();
        List<String> events = new ArrayList<>();
        Delivery.Answer answer = (u, fence) -> {
            events.add("answered, handled=" + store.isHandled(62));
            return () -> events.add("sent, handled=" + store.isHandled(62));
        };
        delivery(store, true).deliver(1, update(62, "z"), answer, new ReentrantLock());
        assertEquals(List.of("answered, handled=false", "sent, handled=false"), events);
        assertTrue(store.isHandled(62));
    }
}
