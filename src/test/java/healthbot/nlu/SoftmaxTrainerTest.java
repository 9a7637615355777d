package healthbot.nlu;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SoftmaxTrainerTest {

    /** Three classes, each marked by its own feature (0, 1, 2), plus a feature 3 shared by all. */
    private static final int[][] ROWS = {{0, 3}, {0}, {1, 3}, {1}, {2, 3}, {2}};
    private static final float[][] VALUES = {{0.8f, 0.6f}, {1f}, {0.8f, 0.6f}, {1f}, {0.8f, 0.6f}, {1f}};
    private static final int[] LABELS = {0, 0, 1, 1, 2, 2};

    private static int best(float[] w, int[] rows, float[] values) {
        double[] p = new double[3];
        SoftmaxTrainer.scores(w, rows, values, rows.length, 3, 4 * 3, p);
        SoftmaxTrainer.softmax(p);
        int b = 0;
        for (int c = 1; c < 3; c++) {
            if (p[c] > p[b]) {
                b = c;
            }
        }
        return b;
    }

    @Test
    void learnsEachClassFromTheFeatureThatMarksIt() {
        float[] w = SoftmaxTrainer.train(ROWS, VALUES, LABELS, 4, 3, SoftmaxTrainer.DEFAULT);
        for (int i = 0; i < ROWS.length; i++) {
            assertEquals(LABELS[i], best(w, ROWS[i], VALUES[i]), "example " + i);
        }
    }

    @Test
    void theSameExamplesAndSettingsGiveTheSameWeights() {
        assertArrayEquals(SoftmaxTrainer.train(ROWS, VALUES, LABELS, 4, 3, SoftmaxTrainer.DEFAULT),
                SoftmaxTrainer.train(ROWS, VALUES, LABELS, 4, 3, SoftmaxTrainer.DEFAULT));
    }

    @Test
    void onlyTheFirstSizeEntriesOfAReusedVectorAreScored() {
        float[] w = SoftmaxTrainer.train(ROWS, VALUES, LABELS, 4, 3, SoftmaxTrainer.DEFAULT);
        double[] exact = new double[3];
        double[] reused = new double[3];
        SoftmaxTrainer.scores(w, new int[] {1}, new float[] {1f}, 1, 3, 12, exact);
        SoftmaxTrainer.scores(w, new int[] {1, 0, 0}, new float[] {1f, 5f, 5f}, 1, 3, 12, reused);
        assertArrayEquals(exact, reused, 0.0);
    }

    @Test
    void settingsOutOfRangeAreRefusedNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxTrainer.Settings(0, 2.0, 1e-6, 1));
        assertEquals("training settings out of range: passes 0 (>= 1), learning rate 2.0 (> 0), L2 1.0E-6 (>= 0)", e.getMessage());
    }
}
