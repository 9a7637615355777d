package healthbot.nlu;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link SvmTrainer} and the classifier {@link Training#SVM} gives, as {@code eval --trainer svm} uses it. */
class SvmTrainerTest {

    /** Three classes, each marked by its own feature (0, 1, 2), plus a feature 3 shared by all. */
    private static final int[][] ROWS = {{0, 3}, {0}, {1, 3}, {1}, {2, 3}, {2}};
    private static final float[][] VALUES = {{0.8f, 0.6f}, {1f}, {0.8f, 0.6f}, {1f}, {0.8f, 0.6f}, {1f}};
    private static final int[] LABELS = {0, 0, 1, 1, 2, 2};

    private static List<IntentClassifier.Example> examples() {
        String[][] rows = {
                {"timer", "set a timer for ten minutes"}, {"timer", "start a timer"}, {"timer", "timer for five minutes please"},
                {"timer", "please begin a countdown timer"}, {"timer", "can you time twenty minutes for me"},
                {"weather", "what is the weather today"}, {"weather", "will it rain tomorrow"}, {"weather", "weather forecast for oslo"},
                {"weather", "is it going to be sunny"}, {"weather", "how cold is it outside"},
                {"fallback", "tell me a joke about cats"}, {"fallback", "who won the football match"},
                {"fallback", "recommend a good book"}, {"fallback", "what is the capital of peru"}};
        List<IntentClassifier.Example> out = new ArrayList<>();
        for (String[] r : rows) {
            out.add(new IntentClassifier.Example(r[1], r[0]));
        }
        return out;
    }

    @Test
    void aTinySeparableSetIsLearntPerfectly() {
        float[] w = SvmTrainer.train(ROWS, VALUES, LABELS, 4, 3, -1, SvmTrainer.DEFAULT);
        for (int i = 0; i < ROWS.length; i++) {
            double[] s = new double[3];
            SgdTrainer.scores(w, ROWS[i], VALUES[i], ROWS[i].length, 3, 4 * 3, s);
            for (int c = 0; c < 3; c++) {
                assertTrue(c == LABELS[i] ? s[c] > 0 : s[c] < 0, "example " + i + ", class " + c + ": score " + s[c]);
            }
        }
    }

    @Test
    void everyTrainingMessageIsClassifiedAsItsIntent() {
        IntentClassifier c = Training.SVM.train(examples());
        for (IntentClassifier.Example e : examples()) {
            assertEquals(e.intent(), c.classify(e.text()).intent(), e.text());
        }
    }

    @Test
    void theSameExamplesGiveTheSameModelEvenThoughTheIntentsAreTrainedInParallel() {
        assertArrayEquals(SvmTrainer.train(ROWS, VALUES, LABELS, 4, 3, 2, SvmTrainer.DEFAULT),
                SvmTrainer.train(ROWS, VALUES, LABELS, 4, 3, 2, SvmTrainer.DEFAULT));
        String message = "will it be sunny when the timer ends";
        double[] first = Training.SVM.train(examples()).probabilities(message).clone();
        assertArrayEquals(first, Training.SVM.train(examples()).probabilities(message), 0.0);
    }

    @Test
    void outOfScopeExamplesWeighMoreInTheirOwnMachineOnly() {
        float[] plain = SvmTrainer.train(ROWS, VALUES, LABELS, 4, 3, -1, SvmTrainer.DEFAULT);
        float[] weighted = SvmTrainer.train(ROWS, VALUES, LABELS, 4, 3, 2, SvmTrainer.DEFAULT);
        for (int f = 0; f <= 4; f++) {
            assertEquals(plain[f * 3], weighted[f * 3], 0f, "class 0, row " + f);
            assertEquals(plain[f * 3 + 1], weighted[f * 3 + 1], 0f, "class 1, row " + f);
        }
        assertTrue(weighted[2 * 3 + 2] > plain[2 * 3 + 2], "class 2's own feature weighs more: " + weighted[8] + " vs " + plain[8]);
    }

    @Test
    void newPhrasingsAndTyposReachTheirIntentAndEveryConfidenceIsBetweenZeroAndOne() {
        IntentClassifier c = Training.SVM.train(examples());
        assertEquals("timer", c.classify("start a timr for 3 minutes").intent());
        assertEquals("weather", c.classify("rain in bergen tomorow?").intent());
        double[] p = c.probabilities("what's the weather").clone();
        assertEquals(List.of("timer", "weather", "fallback"), c.labels());
        for (double x : p) {
            assertTrue(x > 0 && x < 1, "confidence " + x);
        }
        assertEquals(p[1], c.classify("what's the weather").confidence(), 0.0);
        assertFalse(c.cacheable(), "an SVM classifier is not kept by the model cache");
    }

    @Test
    void wordsWordPairsAndLetterGroupsOfAKnownMessageEachGetTheirOwnLengthAndTheWholeOne() {
        Features.Buffer ids = new Features.Buffer();
        Features.Buffer kinds = new Features.Buffer();
        Features.extract(List.of("ab", "cd"), ids, kinds);
        // "ab": the word, then ^ab, ab$ and ^ab$; "cd": the word, the pair "ab cd", then its three letter groups
        int w = Features.KIND_WORD;
        int p = Features.KIND_PAIR;
        int l = Features.KIND_LETTERS;
        assertArrayEquals(new int[] {w, l, l, l, w, p, l, l, l}, java.util.Arrays.copyOf(kinds.ids, kinds.size));
        Features.Buffer plain = new Features.Buffer();
        Features.extract(List.of("ab", "cd"), plain);
        assertArrayEquals(java.util.Arrays.copyOf(plain.ids, plain.size), java.util.Arrays.copyOf(ids.ids, ids.size),
                "asking for the kinds does not change the features");

        int[] featureIds = java.util.Arrays.copyOf(ids.ids, ids.size);
        FeatureTable table = new FeatureTable(featureIds);
        byte[] kindOfRow = new byte[featureIds.length];
        for (int k = 0; k < featureIds.length; k++) {
            kindOfRow[table.row(featureIds[k])] = (byte) kinds.ids[k];
        }
        SparseVector v = new SparseVector();
        v.of(featureIds, featureIds.length, table);
        v.balanceKinds(kindOfRow, new float[] {1f, 1f, 1f});
        double[] squared = new double[Features.KINDS];
        for (int k = 0; k < v.size; k++) {
            squared[kindOfRow[v.rows[k]]] += v.values[k] * v.values[k];
        }
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, squared, 1e-6);

        v.of(featureIds, featureIds.length, table);
        v.balanceKinds(kindOfRow, new float[] {1f, 1f, 2f});
        java.util.Arrays.fill(squared, 0);
        for (int k = 0; k < v.size; k++) {
            squared[kindOfRow[v.rows[k]]] += v.values[k] * v.values[k];
        }
        assertArrayEquals(new double[] {1 / 6.0, 1 / 6.0, 4 / 6.0}, squared, 1e-6, "letter groups twice as long, the whole still 1");
    }

    @Test
    void settingsOutOfRangeAreRefusedNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SvmTrainer.Settings(0, "fallback", 2, 10, 0.1, 42, 7, 1));
        assertEquals("SVM settings out of range: cost 0.0 (> 0), out-of-scope intent fallback (required), its weight 2.0 (> 0), "
                + "passes 10 (>= 1), tolerance 0.1 (> 0), confidence scale 7.0 (> 0), shift 1.0 (finite)", e.getMessage());
    }
}
