package healthbot.fuzz;

import healthbot.TestBots;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** CI's short fixed-seed fuzz run; the 100,000-message run is in the README. */
class FuzzTest {

    @Test
    void aFixedSeedRunOf5000MessagesHasNoInternalErrorsLostFlowsOrEmergenciesWithout113() {
        Fuzz.Result r = new Fuzz(TestBots.bot()).run(20261128L, 5000, 100);
        assertEquals(5000, r.messages());
        assertEquals(0, r.internalErrors(), r.examples().toString());
        assertEquals(0, r.lostFlows(), r.examples().toString());
        assertEquals(0, r.emergenciesWithout113(), r.examples().toString());
    }

    @Test
    void theSameSeedGivesTheSameMessages() {
        MessageGenerator g = new MessageGenerator(TestBots.content());
        Random a = new Random(5);
        Random b = new Random(5);
        for (int i = 0; i < 200; i++) {
            assertEquals(g.next(a), g.next(b));
        }
    }

    @Test
    void aRunWithoutChatsIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Fuzz(TestBots.bot()).run(1, 10, 0));
        assertEquals("fuzz needs messages >= 0 and chats >= 1; got 10 and 0", e.getMessage());
    }
}
