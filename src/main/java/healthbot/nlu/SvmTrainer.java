package healthbot.nlu;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * One-vs-rest linear support vector machines (squared hinge loss, L2 penalty) trained by dual
 * coordinate descent (Hsieh et al. 2008, LIBLINEAR's default solver), over unit-length feature
 * vectors in which words and word pairs each have the same length and letter groups 1.4 times it
 * ({@link SparseVector#balanceKinds}, {@link #KIND_WEIGHTS}). Each intent's machine is trained on its own, so the intents
 * are spread over the cores; each has its own seeded shuffle, so the same examples always give the
 * same model. An intent's score s is turned into a confidence by Platt scaling, the sigmoid of
 * {@code a * s + b} ({@link Settings#confidenceScale}, {@link Settings#confidenceShift}): without it the
 * scores, mostly between -1 and 1, crowd into a few hundredths of confidence, and a threshold chosen in
 * steps of 0.01 can hardly tell them apart.
 *
 * <p>Why beside {@link SgdTrainer}: on a development split of CLINC150's training set (5 contiguous
 * folds, 15 000 messages) it gets 0.938 in-scope accuracy where SGD's logistic regression gets 0.932
 * (docs/evaluation.md, CLINC150); the solver needs no learning rate, and stops when no coordinate
 * can still gain more than {@link Settings#tolerance}.
 */
final class SvmTrainer {

    /**
     * How to train.
     *
     * @param cost            the penalty of a margin error (LIBLINEAR's C): higher fits the examples more closely
     * @param outOfScope      the intent whose own examples weigh {@code outOfScopeWeight} times as much in its machine
     * @param outOfScopeWeight how much more a missed out-of-scope example costs (class-balanced out of scope)
     * @param maxPasses       passes over the examples at most, per intent
     * @param tolerance       stop when the projected gradients of a pass span less than this
     * @param seed            of each intent's shuffle (plus the intent's index)
     * @param confidenceScale a of the confidence, the sigmoid of {@code a * score + b}
     * @param confidenceShift b of the confidence
     */
    record Settings(double cost, String outOfScope, double outOfScopeWeight, int maxPasses, double tolerance, long seed,
            double confidenceScale, double confidenceShift) {
        Settings {
            if (!(cost > 0) || outOfScope == null || !(outOfScopeWeight > 0) || maxPasses < 1 || !(tolerance > 0)
                    || !(confidenceScale > 0) || !Double.isFinite(confidenceShift)) {
                throw new IllegalArgumentException("SVM settings out of range: cost " + cost + " (> 0), out-of-scope intent "
                        + outOfScope + " (required), its weight " + outOfScopeWeight + " (> 0), passes " + maxPasses
                        + " (>= 1), tolerance " + tolerance + " (> 0), confidence scale " + confidenceScale
                        + " (> 0), shift " + confidenceShift + " (finite)");
            }
        }
    }

    /**
     * Chosen on 5 contiguous folds of CLINC150's training set (in-scope accuracy at threshold 0,
     * out-of-scope recall): cost 1 0.936, 2 0.938; out-of-scope weight 1 0.938 / 0.35, 2 0.938 / 0.41,
     * 4 0.937 / 0.42 (0.001 is 15 messages). The confidence's a and b are Platt's fit (the least log
     * loss of every intent's yes or no) on the development split: trained on the first 80 % of each
     * intent's training lines, fitted on the other 20 %.
     */
    static final Settings DEFAULT = new Settings(2.0, "fallback", 2.0, 10, 0.1, 42, 7.13, 0.99);

    /**
     * The length of each kind of feature in a message's vector, by {@link Features#KIND_WORD},
     * {@link Features#KIND_PAIR}, {@link Features#KIND_LETTERS}. On the 5 folds (cost 2,
     * out-of-scope weight 2), in-scope accuracy: all 1 0.9375; letters 1.4 0.9387, 1.7 0.9384, 2
     * 0.9377; words 1.4 0.9378; all three by their counts (one length for the whole vector, as
     * {@link SgdTrainer}) 0.934 (L2 cost 1).
     */
    static final float[] KIND_WEIGHTS = {1f, 1f, 1.4f};

    private SvmTrainer() {
    }

    /** @throws IllegalArgumentException when there are fewer than two intents to tell apart */
    static IntentClassifier trainClassifier(List<IntentClassifier.Example> examples, Settings settings) {
        TokenizedExamples tokenized = TokenizedExamples.of(examples);
        TrainingVectors vectors = TrainingVectors.of(tokenized, examples, KIND_WEIGHTS);
        String[] labels = tokenized.intents().toArray(String[]::new);
        int outOfScope = tokenized.intentIndex().getOrDefault(settings.outOfScope(), -1);
        float[] weights = train(vectors.rows(), vectors.values(), vectors.labelOf(), vectors.featureCount(), labels.length, outOfScope, settings);
        return new IntentClassifier(tokenized.decompounder(), labels, new Weights.Svm(vectors.table(), vectors.kinds(), weights,
                settings.confidenceScale(), settings.confidenceShift()));
    }

    /**
     * @param rows       per example, the feature rows it has (each below {@code features})
     * @param values     per example, the value of each of those features
     * @param labels     per example, its class (below {@code classes})
     * @param outOfScope the class whose examples weigh {@link Settings#outOfScopeWeight} in its own machine, or -1
     * @return weights, {@code (features + 1) * classes}: feature row f at {@code f * classes}, the bias last
     */
    static float[] train(int[][] rows, float[][] values, int[] labels, int features, int classes, int outOfScope, Settings settings) {
        float[] w = new float[(features + 1) * classes];
        double[] squaredNorms = new double[rows.length];
        for (int e = 0; e < rows.length; e++) {
            double q = 1; // the bias feature
            for (float v : values[e]) {
                q += v * v;
            }
            squaredNorms[e] = q;
        }
        IntStream.range(0, classes).parallel().forEach(c -> {
            double[] machine = trainOne(rows, values, labels, features, c, c == outOfScope, squaredNorms, settings);
            for (int f = 0; f <= features; f++) {
                w[f * classes + c] = (float) machine[f];
            }
        });
        return w;
    }

    /** Dual coordinate descent for one class against the rest; the bias is weight {@code features}. */
    private static double[] trainOne(int[][] rows, float[][] values, int[] labels, int features, int c, boolean outOfScope,
            double[] squaredNorms, Settings settings) {
        int n = rows.length;
        double[] w = new double[features + 1];
        double[] alpha = new double[n];
        double diagonalOthers = 1 / (2 * settings.cost());
        double diagonalOwn = outOfScope ? 1 / (2 * settings.cost() * settings.outOfScopeWeight()) : diagonalOthers;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed() + c);
        for (int pass = 0; pass < settings.maxPasses(); pass++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double maxGradient = Double.NEGATIVE_INFINITY;
            double minGradient = Double.POSITIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                int e = order[k];
                boolean own = labels[e] == c;
                double y = own ? 1 : -1;
                double diagonal = own ? diagonalOwn : diagonalOthers;
                int[] r = rows[e];
                float[] v = values[e];
                double score = w[features];
                for (int f = 0; f < r.length; f++) {
                    score += w[r[f]] * v[f];
                }
                double gradient = y * score - 1 + diagonal * alpha[e];
                double projected = alpha[e] == 0 ? Math.min(gradient, 0) : gradient;
                maxGradient = Math.max(maxGradient, projected);
                minGradient = Math.min(minGradient, projected);
                if (projected != 0) {
                    double old = alpha[e];
                    alpha[e] = Math.max(old - gradient / (squaredNorms[e] + diagonal), 0);
                    double delta = (alpha[e] - old) * y;
                    for (int f = 0; f < r.length; f++) {
                        w[r[f]] += delta * v[f];
                    }
                    w[features] += delta;
                }
            }
            if (maxGradient - minGradient < settings.tolerance()) {
                break;
            }
        }
        return w;
    }
}
