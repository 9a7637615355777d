package healthbot.nlu;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classifier trained with {@link Training#SGD}, as {@code eval --trainer sgd} uses it. */
class SgdTrainingTest {

    private static List<IntentClassifier.Example> examples() {
        String[][] rows = {
                {"timer", "set a timer for ten minutes"}, {"timer", "start a timer"}, {"timer", "timer for five minutes please"},
                {"timer", "please begin a countdown timer"}, {"timer", "can you time twenty minutes for me"},
                {"weather", "what is the weather today"}, {"weather", "will it rain tomorrow"}, {"weather", "weather forecast for oslo"},
                {"weather", "is it going to be sunny"}, {"weather", "how cold is it outside"},
                {"transfer", "move 100 dollars from checking to savings"}, {"transfer", "transfer money to my savings account"},
                {"transfer", "send money from my checking account"}, {"transfer", "please make a bank transfer"},
                {"transfer", "transfer funds between my accounts"}};
        List<IntentClassifier.Example> out = new ArrayList<>();
        for (String[] r : rows) {
            out.add(new IntentClassifier.Example(r[1], r[0]));
        }
        return out;
    }

    @Test
    void newPhrasingsAndTyposReachTheirIntent() {
        IntentClassifier c = Training.SGD.train(examples());
        assertEquals("timer", c.classify("start a timr for 3 minutes").intent());
        assertEquals("weather", c.classify("rain in bergen tomorow?").intent());
        assertEquals("transfer", c.classify("move money to savings").intent());
    }

    @Test
    void aMessageScoresTheSameAfterALongerOneUsedTheThreadsBuffers() {
        IntentClassifier c = Training.SGD.train(examples());
        double[] before = c.probabilities("timer").clone();
        c.probabilities("please transfer one hundred dollars from my checking account to my savings account today, "
                + "and tell me the weather forecast for oslo and bergen tomorrow while you start a timer");
        assertArrayEquals(before, c.probabilities("timer"), 0.0);
    }

    @Test
    void eachIntentGetsItsOwnProbabilityAndTheBestIsThePredictionsConfidence() {
        IntentClassifier c = Training.SGD.train(examples());
        double[] p = c.probabilities("what's the weather").clone();
        assertEquals(List.of("timer", "weather", "transfer"), c.labels());
        for (double x : p) {
            assertTrue(x > 0 && x < 1, "probability " + x);
        }
        assertEquals(p[1], c.classify("what's the weather").confidence(), 0.0);
        assertTrue(p[1] > p[0] && p[1] > p[2]);
    }
}
