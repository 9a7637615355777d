package healthbot.nlu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SgdTrainerTest {

    /** Three classes, each marked by its own feature (0, 1, 2), plus a feature 3 shared by all. */
    private static final int[][] ROWS = {{0, 3}, {0}, {1, 3}, {1}, {2, 3}, {2}};
    private static final float[][] VALUES = {{0.8f, 0.6f}, {1f}, {0.8f, 0.6f}, {1f}, {0.8f, 0.6f}, {1f}};
    private static final int[] LABELS = {0, 0, 1, 1, 2, 2};

    private static int best(SgdTrainer.Loss loss, float[] w, int[] rows, float[] values) {
        double[] p = new double[3];
        SgdTrainer.scores(w, rows, values, rows.length, 3, 4 * 3, p);
        SgdTrainer.activate(loss, p);
        int b = 0;
        for (int c = 1; c < 3; c++) {
            if (p[c] > p[b]) {
                b = c;
            }
        }
        return b;
    }

    @ParameterizedTest
    @EnumSource(SgdTrainer.Loss.class)
    void learnsEachClassFromTheFeatureThatMarksItWithEitherLoss(SgdTrainer.Loss loss) {
        SgdTrainer.Settings settings = new SgdTrainer.Settings(loss, 10, 2.0, 1e-6, 42);
        float[] w = SgdTrainer.train(ROWS, VALUES, LABELS, 4, 3, settings);
        for (int i = 0; i < ROWS.length; i++) {
            assertEquals(LABELS[i], best(loss, w, ROWS[i], VALUES[i]), "example " + i);
        }
    }

    @Test
    void softmaxProbabilitiesAddUpToOneAndOneVsRestOnesAreEachBetweenZeroAndOne() {
        double[] softmax = {2.0, -1.0, 0.5};
        SgdTrainer.activate(SgdTrainer.Loss.SOFTMAX, softmax);
        assertEquals(1.0, softmax[0] + softmax[1] + softmax[2], 1e-12);
        double[] ovr = {0.0, 40.0, -40.0};
        SgdTrainer.activate(SgdTrainer.Loss.ONE_VS_REST, ovr);
        assertEquals(0.5, ovr[0], 1e-12);
        assertEquals(1.0, ovr[1], 1e-9);
        assertEquals(0.0, ovr[2], 1e-9);
    }

    @Test
    void theSameExamplesAndSettingsGiveTheSameWeights() {
        assertArrayEquals(SgdTrainer.train(ROWS, VALUES, LABELS, 4, 3, SgdTrainer.DEFAULT),
                SgdTrainer.train(ROWS, VALUES, LABELS, 4, 3, SgdTrainer.DEFAULT));
    }

    @Test
    void onlyTheFirstSizeEntriesOfAReusedVectorAreScored() {
        float[] w = SgdTrainer.train(ROWS, VALUES, LABELS, 4, 3, SgdTrainer.DEFAULT);
        double[] exact = new double[3];
        double[] reused = new double[3];
        SgdTrainer.scores(w, new int[] {1}, new float[] {1f}, 1, 3, 12, exact);
        SgdTrainer.scores(w, new int[] {1, 0, 0}, new float[] {1f, 5f, 5f}, 1, 3, 12, reused);
        assertArrayEquals(exact, reused, 0.0);
    }

    @Test
    void settingsOutOfRangeAreRefusedNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SgdTrainer.Settings(SgdTrainer.Loss.SOFTMAX, 0, 2.0, 1e-6, 1));
        assertEquals("training settings out of range: loss SOFTMAX (required), passes 0 (>= 1), learning rate 2.0 (> 0), "
                + "L2 1.0E-6 (>= 0)", e.getMessage());
    }
}
