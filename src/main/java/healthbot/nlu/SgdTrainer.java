package healthbot.nlu;

import java.util.List;
import java.util.Random;

/**
 * Logistic regression trained by stochastic gradient descent over sparse, unit-length feature
 * vectors ({@link SparseVector}): one-vs-rest (each class its own yes/no probability) or softmax (one
 * distribution over the classes). Weights are one float row of {@code classes} per feature plus a
 * bias row last.
 *
 * <p>Why beside CoreNLP's {@code LinearClassifierFactory}: its quasi-Newton training keeps several
 * dense double copies of all weights, so CLINC150 (151 intents, about 44 000 features) needed
 * pruning to fit and still took 48–83 s and 770 MB; this trainer keeps one float copy, updates only
 * the rows a message touches, and is as accurate or better in ten passes (README, CLINC150). The
 * learning rate falls linearly to zero over the passes; the L2 penalty is applied to the rows each
 * update touches. The shuffle is seeded, so the same examples always give the same model.
 * {@link #trainClassifier} turns labelled phrases into those vectors and the result into an
 * {@link IntentClassifier} with {@link Weights.Sgd} ({@link Training#SGD}).
 */
final class SgdTrainer {

    /** What the scores are turned into, and so what is learnt. */
    enum Loss {
        /** Each class's own probability, a sigmoid of its score; they need not add up to one. */
        ONE_VS_REST,
        /** A distribution over the classes (multinomial). */
        SOFTMAX
    }

    /** How to train. */
    record Settings(Loss loss, int passes, double learningRate, double l2, long seed) {
        Settings {
            if (loss == null || passes < 1 || learningRate <= 0 || l2 < 0) {
                throw new IllegalArgumentException("training settings out of range: loss " + loss + " (required), passes " + passes + " (>= 1), learning rate "
                        + learningRate + " (> 0), L2 " + l2 + " (>= 0)");
            }
        }
    }

    /**
     * Chosen on a development split of CLINC150's training set (a fixed 20 % of each intent held out),
     * in-scope accuracy: softmax 0.927 with 10 passes and 0.928 with 20; L2 1e-6 0.927, 1e-5 0.927,
     * 1e-4 0.923; learning rate 1 0.924, 2 0.927, 4 0.926; one-vs-rest 0.927 at rate 2, 0.929 at
     * rate 4 (also with 15 passes), 0.924 at rate 8 (3 000 development messages: 0.001 is 3 messages).
     */
    static final Settings DEFAULT = new Settings(Loss.ONE_VS_REST, 10, 4.0, 1e-6, 42);

    private SgdTrainer() {
    }

    /** @throws IllegalArgumentException when there are fewer than two intents to tell apart */
    static IntentClassifier trainClassifier(List<IntentClassifier.Example> examples, Settings settings) {
        TokenizedExamples tokenized = TokenizedExamples.of(examples);
        TrainingVectors vectors = TrainingVectors.of(tokenized, examples, null);
        String[] labels = tokenized.intents().toArray(String[]::new);
        float[] weights = train(vectors.rows(), vectors.values(), vectors.labelOf(), vectors.featureCount(), labels.length, settings);
        return new IntentClassifier(tokenized.decompounder(), labels, new Weights.Sgd(vectors.table(), weights, settings.loss()));
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
        long done = 0;
        float[] step = new float[classes];
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
                float rate = (float) (settings.learningRate() * (1 - (double) done++ / steps));
                scores(w, rows[e], values[e], rows[e].length, classes, biasBase, p);
                activate(settings.loss(), p);
                p[labels[e]] -= 1; // the gradient of either log loss with respect to each score
                for (int c = 0; c < classes; c++) {
                    step[c] = (float) (rate * p[c]);
                }
                float keep = 1 - rate * l2;
                int[] r = rows[e];
                float[] v = values[e];
                for (int f = 0; f <= r.length; f++) {
                    int base = f < r.length ? r[f] * classes : biasBase;
                    float value = f < r.length ? v[f] : 1f;
                    // w -= rate * (gradient * value + l2 * w), in floats only so that the JIT can vectorise it
                    for (int c = 0; c < classes; c++) {
                        w[base + c] = w[base + c] * keep - step[c] * value;
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

    /** Turns scores into probabilities in place, as the loss defines them. */
    static void activate(Loss loss, double[] s) {
        if (loss == Loss.SOFTMAX) {
            softmax(s);
        } else {
            for (int c = 0; c < s.length; c++) {
                s[c] = 1 / (1 + Math.exp(-s[c]));
            }
        }
    }

    private static void softmax(double[] s) {
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
