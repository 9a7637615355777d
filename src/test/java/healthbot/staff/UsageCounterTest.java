package healthbot.staff;

import healthbot.TestBots;
import healthbot.dialogue.Bot;
import healthbot.store.InMemoryStore;
import healthbot.store.UsageCount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The daily counts a fixed script of conversations leaves in the store. */
class UsageCounterTest {

    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);

    /** measure -> intent -> count, over the store's counts of the day. */
    private static Map<String, Map<String, Long>> counts(InMemoryStore store) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        for (UsageCount c : store.counts(SATURDAY)) {
            assertEquals(SATURDAY, c.key().day());
            assertEquals("console", c.key().channel());
            out.computeIfAbsent(c.key().measure(), m -> new TreeMap<>()).merge(c.key().intent(), c.count(), Long::sum);
        }
        return out;
    }

    @Test
    void aScriptOfConversationsIsCountedPerMeasureAndIntent() {
        InMemoryStore store = new InMemoryStore();
        Bot bot = TestBots.bot();
        bot.listen(new UsageCounter(store, "console"));
        bot.handle("a", "legevakt");
        bot.handle("a", "what is the capital of mongolia");
        bot.handle("b", "I have chest pain and can not breathe");
        bot.handle("c", "km and receipts");
        bot.handle("c", "Register with a GP");
        bot.handle("d", "tannlege");
        bot.handle("d", "dentist or doctor for my child");
        bot.handle("d", "can i change");
        bot.handle("d", "blue sky");
        bot.handle("e", "tannlege");
        bot.handle("e", "2010");
        Map<String, Map<String, Long>> counts = counts(store);
        assertEquals(Map.of("-", 5L), counts.get("conversation"));
        assertEquals(Map.of("legevakt", 1L), counts.get("legevakt"));
        assertEquals(Map.of("emergency", 1L), counts.get("emergency"));
        assertEquals(Map.of("fallback", 1L), counts.get("fallback"));
        assertEquals(Map.of("dental_travel", 1L), counts.get("clarify"));
        assertEquals(Map.of("dental_free", 1L), counts.get("flow_abandoned"));
        assertEquals(Map.of("dental_free", 1L), counts.get("flow_finished"));
        assertEquals(1L, counts.get("answer").get("legevakt"));
        assertEquals(1L, counts.get("answer").get("gp_register"));
    }
}
