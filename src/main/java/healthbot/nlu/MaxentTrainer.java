package healthbot.nlu;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.util.Index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bot's training ({@link Training#MAXENT}): CoreNLP's {@code edu.stanford.nlp.classify}
 * maximum entropy over feature counts, its weights then copied into {@link Weights.Maxent}.
 */
final class MaxentTrainer {

    private static final double SIGMA = 1.0;
    /**
     * Convergence tolerance of the quasi-Newton training (relative improvement of the objective).
     * With 2 400 examples, 1e-2 scores the same as 1e-3 in eval (5-fold macro-F1 0.953 vs 0.952,
     * held-out 0.957 vs 0.953) and trains about 0.15 s faster at start-up.
     */
    private static final double TOLERANCE = 1e-2;
    /**
     * Most weights (features x intents) trained at full quasi-Newton memory. Our content stays far
     * below; a public dataset of 100+ intents and 15 000 examples goes above, and then rare features
     * are pruned and the optimiser keeps fewer past gradients, so training fits a few hundred MB.
     */
    private static final long WEIGHT_BUDGET = Long.getLong("healthbot.weightBudget", 1_500_000L);
    /**
     * Past gradients the quasi-Newton optimiser keeps. Its two-loop recursion costs memory x weights
     * per iteration and dominated start-up; 5 instead of CoreNLP's default 15 halves training time
     * with the same cross-validated and held-out scores (measured with eval).
     */
    private static final int FULL_MEMORY = 5;
    private static final int SMALL_MEMORY = 4;
    private static final int SGD_PASSES = 2;
    private static final int SGD_TUNING_SAMPLE = 500;

    private MaxentTrainer() {
    }

    /**
     * The training settings that can differ between runs of the same code (part of a cached
     * model's key; constants are covered by {@link Features#VERSION}).
     */
    static String settings() {
        return "sigma=" + SIGMA + ";weightBudget=" + WEIGHT_BUDGET;
    }

    /** @throws IllegalArgumentException when there are fewer than two intents to tell apart */
    static IntentClassifier train(List<IntentClassifier.Example> examples) {
        List<List<String>> tokenized = new ArrayList<>(examples.size());
        Set<String> vocabulary = new HashSet<>();
        Set<String> intents = new HashSet<>();
        for (IntentClassifier.Example e : examples) {
            List<String> tokens = Tokenizer.tokens(TextNormalizer.normalize(e.text()));
            tokenized.add(tokens);
            vocabulary.addAll(tokens);
            intents.add(e.intent());
        }
        if (intents.size() < 2) {
            throw new IllegalArgumentException("need examples of at least two intents to train, got " + intents);
        }
        Decompounder decompounder = new Decompounder(vocabulary);
        Dataset<String, Integer> data = new Dataset<>(examples.size());
        Features.Buffer buffer = new Features.Buffer();
        for (int i = 0; i < examples.size(); i++) {
            Features.extract(IntentClassifier.classifierTokens(decompounder, tokenized.get(i)), buffer);
            List<Integer> ids = new ArrayList<>(buffer.size + 1);
            for (int k = 0; k < buffer.size; k++) {
                ids.add(buffer.ids[k]);
            }
            ids.add(Weights.Maxent.BIAS);
            data.add(new BasicDatum<>(ids, examples.get(i).intent()));
        }
        boolean large = (long) data.numFeatures() * intents.size() > WEIGHT_BUDGET;
        for (int minCount = 2; (long) data.numFeatures() * intents.size() > WEIGHT_BUDGET && minCount <= 64; minCount *= 2) {
            data.applyFeatureCountThreshold(minCount);
        }
        LinearClassifierFactory<String, Integer> factory = new LinearClassifierFactory<>(TOLERANCE, false, SIGMA);
        factory.setMem(large ? SMALL_MEMORY : FULL_MEMORY);
        if (!large) {
            // A few passes of stochastic gradient descent bring quasi-Newton close to the optimum
            // first: start-up training takes about half as long with the same eval scores.
            factory.useHybridMinimizerWithInPlaceSGD(SGD_PASSES, SGD_TUNING_SAMPLE, SIGMA);
        }
        factory.setVerbose(false);
        LinearClassifier<String, Integer> trained = factory.trainClassifier(data);
        return compile(decompounder, trained);
    }

    private static IntentClassifier compile(Decompounder decompounder, LinearClassifier<String, Integer> trained) {
        Index<String> labelIndex = trained.labelIndex();
        Index<Integer> featureIndex = trained.featureIndex();
        double[][] w = trained.weights();
        String[] labels = new String[labelIndex.size()];
        for (int l = 0; l < labels.length; l++) {
            labels[l] = labelIndex.get(l);
        }
        int[] featureIds = new int[featureIndex.size()];
        float[] flat = new float[featureIds.length * labels.length];
        for (int f = 0; f < featureIds.length; f++) {
            featureIds[f] = featureIndex.get(f);
            for (int l = 0; l < labels.length; l++) {
                flat[f * labels.length + l] = (float) w[f][l];
            }
        }
        return new IntentClassifier(decompounder, labels, new Weights.Maxent(new FeatureTable(featureIds), flat));
    }
}
