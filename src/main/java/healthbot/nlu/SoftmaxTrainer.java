package healthbot.nlu;

import java.util.Random;

/**
 * Multinomial logistic regression trained by stochastic gradient descent over sparse, L2-normalised
 * feature vectors. Weights are one float row of {@code classes} per feature plus a bias row last.
 *
 * <p>Why not CoreNLP's {@code LinearClassifierFactory} any more: its quasi-Newton training keeps
 * several dense double copies of all weights, so CLINC150 (151 intents, about 100 000 features)
 * needed pruning to fit 512 MB and still took 48 s; this trainer keeps one float copy, updates only
 * the rows a message touches, and reaches the same or better accuracy in a few passes (measured in
 * the README's CLINC150 and understanding tables). The learning rate falls linearly to zero over the
 * passes; the L2 penalty is applied to the rows each update touches. The shuffle is seeded, so the
 * same examples always give the same model.
 */
final class SoftmaxTrainer {

    /** How to train. */
    record Settings(int passes, double learningRate, double l2, long seed) {
        Settings {
            if (passes < 1 || learningRate <= 0 || l2 < 0) {
                throw new IllegalArgumentException("training settings out of range: passes " + passes + " (>= 1), learning rate "
                        + learningRate + " (> 0), L2 " + l2 + " (>= 0)");
            }
        }
    }

    /**
     * Chosen on a development split of CLINC150's training set (a fixed 20 % of each intent held out):
     * in-scope accuracy 0.927 with 10 passes and 0.928 with 20; L2 1e-6 0.927, 1e-5 0.927, 1e-4 0.923;
     * learning rate 1 0.924, 2 0.927, 4 0.926 (3 000 development messages: 0.001 is 3 messages).
     */
    static final Settings DEFAULT = new Settings(10, 2.0, 1e-6, 42);

    private SoftmaxTrainer() {
    }

    /**
     * @param rows    per example, the feature rows it has (each below {@code features})
     * @param values  per example, the value of each of those features
     * @param labels  per example, its class (below {@code classes})
     * @return weights, {@code (features + 1) * classes}: feature row f at {@code f * classes}, the bias last
     */
    static float[] train(int[][] rows, float[][] values, int[] labels, int features, int classes, Settings settings) {
        float[] w = new float[(features + 1) * classes];
        int n = rows.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        double[] p = new double[classes];
        long steps = (long) settings.passes() * n;
        long step = 0;
        float l2 = (float) settings.l2();
        int biasBase = features * classes;
        for (int pass = 0; pass < settings.passes(); pass++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int k = 0; k < n; k++) {
                int e = order[k];
                float rate = (float) (settings.learningRate() * (1 - (double) step++ / steps));
                scores(w, rows[e], values[e], rows[e].length, classes, biasBase, p);
                softmax(p);
                p[labels[e]] -= 1; // the gradient of the log loss with respect to each score
                int[] r = rows[e];
                float[] v = values[e];
                for (int f = 0; f <= r.length; f++) {
                    int base = f < r.length ? r[f] * classes : biasBase;
                    float value = f < r.length ? v[f] : 1f;
                    for (int c = 0; c < classes; c++) {
                        w[base + c] -= rate * ((float) p[c] * value + l2 * w[base + c]);
                    }
                }
            }
        }
        return w;
    }

    /** Scores of every class for the first {@code size} entries of a sparse vector (bias included), into {@code out}. */
    static void scores(float[] w, int[] rows, float[] values, int size, int classes, int biasBase, double[] out) {
        for (int c = 0; c < classes; c++) {
            out[c] = w[biasBase + c];
        }
        for (int f = 0; f < size; f++) {
            int base = rows[f] * classes;
            double v = values[f];
            for (int c = 0; c < classes; c++) {
                out[c] += w[base + c] * v;
            }
        }
    }

    /** Turns scores into probabilities in place. */
    static void softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : s) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (int c = 0; c < s.length; c++) {
            s[c] = Math.exp(s[c] - max);
            sum += s[c];
        }
        for (int c = 0; c < s.length; c++) {
            s[c] /= sum;
        }
    }
}
