package healthbot.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ConfusionTest {

    private static final double EPS = 1e-9;

    /**
     * Ten hand-made decisions:
     * a: 4 expected, 3 right, 1 decided b     -> a decided 3 times
     * b: 3 expected, 2 right, 1 decided fallback
     * fallback: 3 expected, 2 right, 1 decided a -> a decided 4 times in all
     */
    private static Confusion tiny() {
        Confusion c = new Confusion(List.of("a", "b", "fallback"));
        c.add("a", "a");
        c.add("a", "a");
        c.add("a", "a");
        c.add("a", "b");
        c.add("b", "b");
        c.add("b", "b");
        c.add("b", "fallback");
        c.add("fallback", "fallback");
        c.add("fallback", "fallback");
        c.add("fallback", "a");
        return c;
    }

    @Test
    void perIntentPrecisionRecallAndF1FollowFromTheCounts() {
        Metrics m = tiny().metrics("fallback");
        Metrics.IntentScore a = m.perIntent().get(0);
        assertEquals("a", a.intent());
        assertEquals(3.0 / 4, a.precision(), EPS); // 3 right of 4 decided a
        assertEquals(3.0 / 4, a.recall(), EPS);    // 3 right of 4 expected a
        assertEquals(0.75, a.f1(), EPS);
        assertEquals(4, a.support());
        Metrics.IntentScore b = m.perIntent().get(1);
        assertEquals(2.0 / 3, b.precision(), EPS); // 2 of 3 decided b
        assertEquals(2.0 / 3, b.recall(), EPS);
        Metrics.IntentScore fallback = m.perIntent().get(2);
        assertEquals(2.0 / 3, fallback.precision(), EPS);
        assertEquals(2.0 / 3, fallback.recall(), EPS);
    }

    @Test
    void accuracyAndMacroAveragesCoverAllExpectedIntents() {
        Metrics m = tiny().metrics("fallback");
        assertEquals(10, m.messages());
        assertEquals(7.0 / 10, m.accuracy(), EPS);
        assertEquals((0.75 + 2.0 / 3 + 2.0 / 3) / 3, m.macroF1(), EPS);
        assertEquals((0.75 + 2.0 / 3 + 2.0 / 3) / 3, m.macroPrecision(), EPS);
    }

    @Test
    void outOfScopeScoresAndInScopeAccuracyTreatTheFallbackApart() {
        Metrics m = tiny().metrics("fallback");
        assertEquals(2.0 / 3, m.oosRecall(), EPS);
        assertEquals(2.0 / 3, m.oosPrecision(), EPS);
        assertEquals(7, m.inScopeMessages());
        assertEquals(5.0 / 7, m.inScopeAccuracy(), EPS);
    }

    @Test
    void anIntentNeverDecidedHasPrecisionZeroAndNoOutOfScopeMeansNoOutOfScopeScores() {
        Confusion c = new Confusion(List.of());
        c.add("x", "y");
        c.add("y", "y");
        Metrics m = c.metrics("fallback");
        assertEquals(0, m.perIntent().get(0).precision(), EPS);
        assertEquals(0.5, m.perIntent().get(1).precision(), EPS);
        assertEquals((0 + 2.0 / 3) / 2, m.macroF1(), EPS);
        assertNull(m.oosRecall());
        assertNull(m.oosPrecision());
    }

    @Test
    void labelsSeenOnlyAsDecisionsJoinTheMatrixWithoutCountingInMacroAverages() {
        Confusion c = new Confusion(List.of("a"));
        c.add("a", "z");
        assertEquals(List.of("a", "z"), c.labels());
        assertEquals(1, c.count("a", "z"));
        assertEquals(0, c.metrics("fallback").macroF1(), EPS);
    }
}
