package healthbot.nlu;

import java.util.Arrays;

/**
 * A trained {@link IntentClassifier}'s weights and how a message's features are scored with them.
 * Each {@link Training} produces its own kind: {@link Maxent} from {@link MaxentTrainer} (the bot's),
 * {@link Sgd} from {@link SgdTrainer} and {@link Svm} from {@link SvmTrainer} (eval on large public data sets). Both keep one float row of
 * weights per known feature, found through a {@link FeatureTable}, so scoring allocates nothing.
 */
sealed interface Weights {

    /**
     * Writes the probability of every intent (one per entry of {@code probabilities}, in label
     * order) for a message's hashed features. May add to {@code features}: it is scratch space.
     */
    void score(Features.Buffer features, double[] probabilities);

    /**
     * Whether {@link ModelCache} can keep these weights: {@link TrainedModel} and its file hold the
     * bot's kind only, so anything else is used without caching.
     */
    boolean cacheable();

    /**
     * The bot's kind: weights over feature counts plus a bias feature, turned into one distribution
     * over the intents (softmax).
     *
     * @param weights {@code weights[row * labels + label]}
     */
    record Maxent(FeatureTable table, float[] weights) implements Weights {

        /** The hashed id of the feature every message has, whose weights are each intent's bias. */
        static final int BIAS = 0x7F4A7C15;

        @Override
        public void score(Features.Buffer features, double[] probabilities) {
            features.add(BIAS);
            Arrays.fill(probabilities, 0);
            int n = probabilities.length;
            for (int k = 0; k < features.size; k++) {
                int row = table.row(features.ids[k]);
                if (row >= 0) {
                    int base = row * n;
                    for (int l = 0; l < n; l++) {
                        probabilities[l] += weights[base + l];
                    }
                }
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double s : probabilities) {
                max = Math.max(max, s);
            }
            double sum = 0;
            for (int l = 0; l < n; l++) {
                probabilities[l] = Math.exp(probabilities[l] - max);
                sum += probabilities[l];
            }
            for (int l = 0; l < n; l++) {
                probabilities[l] /= sum;
            }
        }

        @Override
        public boolean cacheable() {
            return true;
        }
    }

    /**
     * {@link SgdTrainer}'s kind: weights over the message as a unit-length {@link SparseVector}
     * plus a bias row last, turned into probabilities as its {@link SgdTrainer.Loss} defines them
     * (one-vs-rest: each intent its own, so they need not add up to one).
     *
     * @param weights {@code weights[row * labels + label]}, the bias row last
     */
    record Sgd(FeatureTable table, float[] weights, SgdTrainer.Loss loss) implements Weights {

        private static final ThreadLocal<SparseVector> VECTORS = ThreadLocal.withInitial(SparseVector::new);

        @Override
        public void score(Features.Buffer features, double[] probabilities) {
            SparseVector vector = VECTORS.get();
            vector.of(features.ids, features.size, table);
            int n = probabilities.length;
            SgdTrainer.scores(weights, vector.rows, vector.values, vector.size, n, weights.length - n, probabilities);
            SgdTrainer.activate(loss, probabilities);
        }

        /** Not cached: a cached model is restored as {@link Maxent} and would score differently. */
        @Override
        public boolean cacheable() {
            return false;
        }
    }

    /**
     * {@link SvmTrainer}'s kind: like {@link Sgd} one-vs-rest over a unit-length vector, in which
     * each kind of feature ({@code kindOfRow}) has been given its length ({@link SvmTrainer#KIND_WEIGHTS}); an intent's
     * confidence is the sigmoid of {@code scale * score + shift} (Platt scaling).
     *
     * @param kindOfRow {@link Features#KIND_WORD}, {@link Features#KIND_PAIR} or {@link Features#KIND_LETTERS} per row
     * @param weights   {@code weights[row * labels + label]}, the bias row last
     */
    record Svm(FeatureTable table, byte[] kindOfRow, float[] weights, double scale, double shift) implements Weights {

        private static final ThreadLocal<SparseVector> VECTORS = ThreadLocal.withInitial(SparseVector::new);

        @Override
        public void score(Features.Buffer features, double[] probabilities) {
            SparseVector vector = VECTORS.get();
            vector.of(features.ids, features.size, table);
            vector.balanceKinds(kindOfRow, SvmTrainer.KIND_WEIGHTS);
            int n = probabilities.length;
            SgdTrainer.scores(weights, vector.rows, vector.values, vector.size, n, weights.length - n, probabilities);
            for (int l = 0; l < n; l++) {
                probabilities[l] = 1 / (1 + Math.exp(-(scale * probabilities[l] + shift)));
            }
        }

        /** Not cached: a cached model is restored as {@link Maxent} and would score differently. */
        @Override
        public boolean cacheable() {
            return false;
        }
    }
}
