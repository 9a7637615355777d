package healthbot.dialogue;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.nlu.Analysis;
import healthbot.nlu.EntityExtractor;
import healthbot.nlu.Assessment;
import healthbot.nlu.Prediction;
import healthbot.nlu.Nlu;
import healthbot.rules.SlotType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

/**
 * A turn that throws costs one answer, never the conversation: the understanding is made to fail
 * on purpose (a Mockito spy over the real one) at the points where a bug could hide.
 */
class FailingTurnTest {

    private static final String SECRET = "my secret words 4471";

    private static Bot botOver(Nlu nlu) {
        return new Bot(TestBots.content(), nlu, OsloClock.fixedOrSystem(TestBots.SATURDAY_NOON), new NorwegianHolidays());
    }

    @Test
    void aTurnThatFailsHalfwayLeavesTheSessionAsItWasAndKeepsTheQuestionOpen() {
        // A digression into another flow first drops the current one, then reads the new flow's
        // values: make that reading fail, after the session was already changed.
        Nlu nlu = spy(TestBots.nlu());
        EntityExtractor entities = spy(TestBots.nlu().entities());
        doReturn(entities).when(nlu).entities();
        doThrow(new IllegalStateException("bug while reading " + SECRET)).when(entities)
                .extract(eq(SlotType.BIRTH_YEAR), anyString(), eq(false), any(), any());
        Bot bot = botOver(nlu);
        assertEquals("age", bot.handle("c", "how much does physiotherapy cost").awaiting());
        Reply before = bot.handle("c", "I am 35");
        assertEquals("occupational_injury", before.awaiting());

        Reply failed = bot.handle("c", "is the dentist free for me?");

        assertEquals("occupational_injury", failed.awaiting(), "the question stays open");
        assertEquals(Optional.of("physio_charge"), bot.flowInProgress("c"));
        String text = failed.messages().get(0).text();
        assertTrue(text.startsWith("Sorry, something went wrong"), text);
        assertEquals(before.messages().get(before.messages().size() - 1).buttons(), failed.messages().get(0).buttons(),
                "the question's buttons are offered again");
        Reply answered = bot.handle("c", "Yes");
        assertEquals("EXEMPT_OCCUPATIONAL_INJURY", answered.outcome(), answered.messages().toString());
    }

    @Test
    void aFailedTurnApologisesInTheChatsLanguage() {
        Nlu nlu = spy(TestBots.nlu());
        EntityExtractor entities = spy(TestBots.nlu().entities());
        doReturn(entities).when(nlu).entities();
        doThrow(new IllegalStateException("bug")).when(entities).extract(eq(SlotType.AGE), eq("35 ar"), anyBoolean(), any(), any());
        Bot bot = botOver(nlu);
        assertEquals("age", bot.handle("n", "hva koster fysioterapi").awaiting());
        Reply failed = bot.handle("n", "35 år");
        assertTrue(failed.messages().get(0).text().startsWith("Beklager"), failed.messages().get(0).text());
        assertEquals("age", failed.awaiting());
    }

    @Test
    void aMessageThatCannotEvenBeUnderstoodGets113FirstToBeSafe() {
        Nlu nlu = spy(TestBots.nlu());
        doThrow(new IllegalStateException("bug")).when(nlu).analyze("what does a GP do");
        Reply failed = botOver(nlu).handle("u", "what does a GP do");
        assertTrue(failed.messages().get(0).text().lines().findFirst().orElse("").contains("113"));
    }

    @Test
    void aFailedTurnOnAnEmergencyMessageStillPuts113First() {
        Nlu nlu = spy(TestBots.nlu());
        EntityExtractor entities = spy(TestBots.nlu().entities());
        doReturn(entities).when(nlu).entities();
        doThrow(new IllegalStateException("bug")).when(entities)
                .extract(any(), argThat(t -> t.contains("chest")), anyBoolean(), any(), any());
        Bot bot = botOver(nlu);
        assertEquals("age", bot.handle("e", "how much does physiotherapy cost").awaiting());
        // the classifier alone is sure (no trigger word), so the turn checks whether it answers the question: that fails
        doReturn(new Analysis("my father has chest pain", "en", null, Assessment.none(false), new Prediction("emergency", 0.9, "fallback", 0.05)))
                .when(nlu).analyze("my father has chest pain");
        Reply failed = bot.handle("e", "my father has chest pain");
        assertTrue(failed.messages().get(0).text().contains("Sorry, something went wrong"), failed.messages().toString());
        String firstLine = failed.messages().get(0).text().lines().findFirst().orElse("");
        assertTrue(firstLine.contains("113"), firstLine);
    }

    @Test
    void theErrorIsLoggedOnceWithChatIdAndIntentButNeverTheText() {
        Nlu nlu = spy(TestBots.nlu());
        EntityExtractor entities = spy(TestBots.nlu().entities());
        doReturn(entities).when(nlu).entities();
        doThrow(new IllegalStateException("bug while reading " + SECRET)).when(entities)
                .extract(eq(SlotType.KM), anyString(), anyBoolean(), any(), any());
        Bot bot = botOver(nlu);
        bot.startIntent("log-chat", "dental_travel");
        bot.handle("log-chat", "yes");
        bot.handle("log-chat", "yes");
        bot.handle("log-chat", "Own car");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            bot.handle("log-chat", SECRET);
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertEquals(1, log.lines().filter(l -> l.contains("failed to answer")).count(), log);
        assertTrue(log.contains("log-chat") && log.contains("IllegalStateException"), log);
        assertFalse(log.contains("secret") || log.contains("4471"), log);
    }
}
