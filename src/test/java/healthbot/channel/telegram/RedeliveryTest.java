package healthbot.channel.telegram;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.dialogue.Bot;
import healthbot.dialogue.OutMessage;
import healthbot.ops.Metrics;
import healthbot.store.AnswerScope;
import healthbot.store.ConversationStore;
import healthbot.store.InMemoryStore;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real engine on a store, through {@link Delivery}: an update whose answer was saved but never
 * sent (the instance died in between) is answered again, when Telegram delivers it again, with
 * the reply the resident never got, not with the one after it.
 */
class RedeliveryTest {

    private final ConversationStore store = new InMemoryStore();
    private final Bot bot = new Bot(TestBots.content(), TestBots.nlu(), OsloClock.fixedOrSystem(TestBots.SATURDAY_NOON),
            new NorwegianHolidays(), store);
    private final Metrics metrics = Metrics.create();
    private final Delivery delivery = new Delivery(store, true, new SeenUpdates(100), metrics,
            new StoreTrouble(metrics, System::nanoTime));
    private final List<String> sent = new ArrayList<>();
    private final Delivery.Answer answer = (u, fence) -> {
        List<String> texts = bot.handle(Long.toString(u.getMessage().getChatId()), u.getMessage().getText(), fence)
                .messages().stream().map(OutMessage::text).toList();
        return () -> sent.addAll(texts);
    };

    private static Update update(int id, String text) {
        return ChatDispatcherTest.update(id, 5, text);
    }

    @Test
    void anUpdateRedeliveredAfterItsSessionWasSavedButItsReplyNotSentGetsTheReplyItShouldHaveHad() {
        List<String> lost;
        try (AnswerScope killedInstance = store.answering("5", 70)) {
            // the killed instance: answered and saved, then died before sending or marking
            lost = bot.handle("5", "Is the dentist free for me?", ConversationStore.NO_FENCE).messages().stream()
                    .map(OutMessage::text).toList();
        }
        assertTrue(lost.get(lost.size() - 1).startsWith("What year were you born?"), lost.toString());

        assertEquals(Delivery.Outcome.ANSWERED, delivery.deliver(5, update(70, "Is the dentist free for me?"), answer,
                new ReentrantLock()));
        assertEquals(lost, sent, "the redelivery gets the reply the resident never saw");

        sent.clear();
        delivery.deliver(5, update(71, "2006"), answer, new ReentrantLock());
        assertTrue(sent.get(sent.size() - 1).startsWith("Where do you live?"), "the flow goes on from there: " + sent);
        sent.clear();
        assertEquals(Delivery.Outcome.DUPLICATE, delivery.deliver(5, update(71, "2006"), answer, new ReentrantLock()));
        assertEquals(List.of(), sent, "an update answered and marked is not answered again");
    }
}
