package healthbot.dialogue;

import healthbot.TestBots;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhyTest {

    @Test
    void aTracedReplyIsTheSameReplyAsAnUntracedOne() {
        Bot plain = TestBots.bot();
        Bot traced = TestBots.bot();
        for (String message : new String[] {"is the dentist free for me?", "1980", "Learning disability", "Yes"}) {
            Reply a = plain.handle("c", message);
            Reply b = traced.handleTraced("c", message).reply();
            assertEquals(a.messages(), b.messages(), message);
            assertEquals(a.intent(), b.intent());
            assertEquals(a.awaiting(), b.awaiting());
            assertEquals(a.outcome(), b.outcome());
        }
    }

    @Test
    void theEmergencyTriggerThatFiredIsNamedEvenWithATypo() {
        Bot bot = TestBots.bot();
        bot.handle("c", "how much does physiotherapy cost");
        Why why = bot.handleTraced("c", "my husband cant breathe").why();
        assertEquals("cant breathe", why.emergencyTrigger());
        assertEquals("emergancy", TestBots.bot().handleTraced("c", "this is an emergancy").why().emergencyTrigger(),
                "the spelling of the lexicon that matched");
        assertEquals("unconscious", TestBots.bot().handleTraced("c", "she is unconcious").why().emergencyTrigger(),
                "a typo names the trigger it was read as");
        assertNull(TestBots.bot().handleTraced("c", "is the dentist free for me?").why().emergencyTrigger());
        assertEquals("not breathing", TestBots.bot().handleTraced("c", "emergency! he is not breathing").why().emergencyTrigger(),
                "the trigger that describes the emergency, not the word that names one");
    }

    @Test
    void aDecisionComesWithItsReasonsSourcesSlotsAndTheFactsItsAnswerUses() {
        Bot bot = TestBots.bot();
        Why first = bot.handleTraced("c", "is the dentist free for me?").why();
        assertEquals("dental_free", first.classifier().intent());
        assertEquals("en", first.detected());
        assertEquals("dental_eligibility", first.flow());
        bot.handle("c", "2006");
        Why last = bot.handleTraced("c", "Østfold").why();
        assertEquals("YOUTH_DISCOUNT", last.decision().outcome());
        assertEquals(2006, last.slots().get("birth_year"));
        assertEquals("ostfold", last.slots().get("region"));
        assertTrue(last.decision().sources().contains("ostfold"), last.decision().sources().toString());
        assertTrue(last.decision().reasons().stream().anyMatch(r -> r.contains("75")), last.decision().reasons().toString());
        assertTrue(last.factKeys().contains("dental.youth_discount.ostfold"), last.factKeys().toString());
    }

    @Test
    void aCommandIsNotClassified() {
        Why why = TestBots.bot().handleTraced("c", "/help").why();
        assertNull(why.classifier());
        assertNull(why.decision());
    }
}
