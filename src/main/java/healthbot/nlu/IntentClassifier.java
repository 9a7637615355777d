package healthbot.nlu;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.util.Index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A maximum-entropy (multinomial logistic regression) classifier trained from labelled phrases, in
 * one of two ways ({@link Training}): the bot's, CoreNLP's {@code edu.stanford.nlp.classify} over
 * feature counts, or {@link SgdTrainer} over unit-length feature vectors for large public data
 * sets. Either way its weights end up in a flat array keyed by hashed feature id, so classifying a
 * message allocates nothing beyond tokenising.
 */
public final class IntentClassifier {

    /** A phrase and the intent it means. */
    public record Example(String text, String intent) {}

    /** How the weights are learnt. */
    public enum Training {
        /**
         * The bot's: CoreNLP's quasi-Newton maximum entropy with a Gaussian prior over feature counts.
         * Its probabilities are what {@code confidence_threshold} was chosen for.
         */
        MAXENT,
        /**
         * {@link SgdTrainer}: one-vs-rest logistic regression by stochastic gradient descent over
         * unit-length vectors, one float copy of the weights, no pruning; each intent's probability is
         * its own, so they need not add up to one. For public data sets of 100+ intents (CLINC150: 15 000 examples in
         * under 30 s within 512 MB). Not the bot's default: on our content its held-out accuracy is lower
         * at the bot's threshold (see the README).
         */
        SGD
    }

    private static final int BIAS = 0x7F4A7C15;
    private static final double DEFAULT_SIGMA = 1.0;
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
    static final long WEIGHT_BUDGET = Long.getLong("healthbot.weightBudget", 1_500_000L);
    /**
     * Past gradients the quasi-Newton optimiser keeps. Its two-loop recursion costs memory x weights
     * per iteration and dominated start-up; 5 instead of CoreNLP's default 15 halves training time
     * with the same cross-validated and held-out scores (measured with eval).
     */
    private static final int FULL_MEMORY = 5;
    private static final int SMALL_MEMORY = 4;
    private static final int SGD_PASSES = 2;
    private static final int SGD_TUNING_SAMPLE = 500;

    private final Decompounder decompounder;
    private final String[] labels;
    private final FeatureTable table;
    private final float[] weights; // row * labels.length + label (SGD: the bias row last)
    private final SgdTrainer.Loss sgdLoss; // SGD models: scored as a SparseVector with a bias row; null: counts with a bias feature
    private final ThreadLocal<Features.Buffer> buffers = ThreadLocal.withInitial(Features.Buffer::new);
    private final ThreadLocal<SparseVector> vectors = ThreadLocal.withInitial(SparseVector::new);
    private final ThreadLocal<double[]> scoreBuffers;

    /** A model of the bot's kind ({@link Training#MAXENT}): counts with a bias feature. */
    private IntentClassifier(Decompounder decompounder, String[] labels, FeatureTable table, float[] weights) {
        this(decompounder, labels, table, weights, null);
    }

    private IntentClassifier(Decompounder decompounder, String[] labels, FeatureTable table, float[] weights,
                             SgdTrainer.Loss sgdLoss) {
        this.decompounder = decompounder;
        this.labels = labels;
        this.table = table;
        this.weights = weights;
        this.sgdLoss = sgdLoss;
        this.scoreBuffers = ThreadLocal.withInitial(() -> new double[labels.length]);
    }

    public static IntentClassifier train(List<Example> examples) {
        return train(examples, DEFAULT_SIGMA);
    }

    /** @throws IllegalArgumentException when there are fewer than two intents to tell apart */
    public static IntentClassifier train(List<Example> examples, Training training) {
        return training == Training.SGD ? trainSgd(examples, SgdTrainer.DEFAULT) : train(examples, DEFAULT_SIGMA);
    }

    static IntentClassifier trainSgd(List<Example> examples, SgdTrainer.Settings settings) {
        List<List<String>> tokenized = new ArrayList<>(examples.size());
        Set<String> vocabulary = new HashSet<>();
        List<String> intents = new ArrayList<>();
        Map<String, Integer> intentIndex = new HashMap<>();
        for (Example e : examples) {
            List<String> tokens = Tokenizer.tokens(TextNormalizer.normalize(e.text()));
            tokenized.add(tokens);
            vocabulary.addAll(tokens);
            if (intentIndex.putIfAbsent(e.intent(), intents.size()) == null) {
                intents.add(e.intent());
            }
        }
        if (intents.size() < 2) {
            throw new IllegalArgumentException("need examples of at least two intents to train, got " + intents);
        }
        Decompounder decompounder = new Decompounder(vocabulary);
        Features.Buffer buffer = new Features.Buffer();
        int[][] ids = new int[examples.size()][];
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int i = 0; i < examples.size(); i++) {
            Features.extract(classifierTokens(decompounder, tokenized.get(i)), buffer);
            ids[i] = Arrays.copyOf(buffer.ids, buffer.size);
            for (int id : ids[i]) {
                distinct.add(id);
            }
        }
        int[] featureIds = distinct.stream().mapToInt(Integer::intValue).toArray();
        FeatureTable table = new FeatureTable(featureIds);
        int[][] rows = new int[examples.size()][];
        float[][] values = new float[examples.size()][];
        int[] labelOf = new int[examples.size()];
        SparseVector vector = new SparseVector();
        for (int i = 0; i < examples.size(); i++) {
            vector.of(ids[i], ids[i].length, table);
            rows[i] = Arrays.copyOf(vector.rows, vector.size);
            values[i] = Arrays.copyOf(vector.values, vector.size);
            labelOf[i] = intentIndex.get(examples.get(i).intent());
            ids[i] = null;
        }
        String[] labels = intents.toArray(String[]::new);
        float[] weights = SgdTrainer.train(rows, values, labelOf, featureIds.length, labels.length, settings);
        return new IntentClassifier(decompounder, labels, table, weights, settings.loss());
    }

    /**
     * @param sigma the Gaussian prior's width: smaller generalises more, larger fits the examples closer
     * @throws IllegalArgumentException when there are fewer than two intents to tell apart
     */
    public static IntentClassifier train(List<Example> examples, double sigma) {
        List<List<String>> tokenized = new ArrayList<>(examples.size());
        Set<String> vocabulary = new HashSet<>();
        Set<String> intents = new HashSet<>();
        for (Example e : examples) {
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
            Features.extract(classifierTokens(decompounder, tokenized.get(i)), buffer);
            List<Integer> ids = new ArrayList<>(buffer.size + 1);
            for (int k = 0; k < buffer.size; k++) {
                ids.add(buffer.ids[k]);
            }
            ids.add(BIAS);
            data.add(new BasicDatum<>(ids, examples.get(i).intent()));
        }
        boolean large = (long) data.numFeatures() * intents.size() > WEIGHT_BUDGET;
        for (int minCount = 2; (long) data.numFeatures() * intents.size() > WEIGHT_BUDGET && minCount <= 64; minCount *= 2) {
            data.applyFeatureCountThreshold(minCount);
        }
        LinearClassifierFactory<String, Integer> factory = new LinearClassifierFactory<>(TOLERANCE, false, sigma);
        factory.setMem(large ? SMALL_MEMORY : FULL_MEMORY);
        if (!large) {
            // A few passes of stochastic gradient descent bring quasi-Newton close to the optimum
            // first: start-up training takes about half as long with the same eval scores.
            factory.useHybridMinimizerWithInPlaceSGD(SGD_PASSES, SGD_TUNING_SAMPLE, sigma);
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
        return new IntentClassifier(decompounder, labels, new FeatureTable(featureIds), flat);
    }

    /** The trained state, for {@link ModelCache}: {@link #restore} of it classifies exactly as this does. */
    TrainedModel model() {
        if (sgdLoss != null) {
            throw new IllegalStateException("only the bot's maxent classifiers are cached; an SGD "
                    + "classifier would be restored as maxent and score differently");
        }
        List<String> vocabulary = new ArrayList<>(decompounder.vocabulary());
        java.util.Collections.sort(vocabulary);
        return new TrainedModel(vocabulary, List.of(labels), table.featureIds(), weights);
    }

    /** A classifier from a {@link #model()} of an earlier training. */
    static IntentClassifier restore(TrainedModel model) {
        return new IntentClassifier(new Decompounder(model.vocabulary()), model.labels().toArray(String[]::new),
                new FeatureTable(model.featureIds()), model.weights());
    }

    /**
     * The training settings that can differ between runs of the same code (part of a cached
     * model's key; constants are covered by {@link Features#VERSION}).
     */
    static String trainingSettings() {
        return "sigma=" + DEFAULT_SIGMA + ";weightBudget=" + WEIGHT_BUDGET;
    }

    /** The two most probable intents for a message. */
    public Prediction classify(String text) {
        return classifyTokens(tokens(text));
    }

    Prediction classifyTokens(List<String> tokens) {
        double[] p = probabilities(tokens);
        int best = 0;
        int second = labels.length > 1 ? 1 : 0;
        if (p[second] > p[best]) {
            best = 1;
            second = 0;
        }
        for (int l = 2; l < labels.length; l++) {
            if (p[l] > p[best]) {
                second = best;
                best = l;
            } else if (p[l] > p[second]) {
                second = l;
            }
        }
        return new Prediction(labels[best], p[best], labels[second], p[second]);
    }

    /** Tokens of a message as the classifier sees them (normalised, lemmatised, compounds split, digit groups joined). */
    List<String> tokens(String text) {
        return tokensOfNormalized(TextNormalizer.normalize(text));
    }

    /** {@link #tokens(String)} of text that {@link TextNormalizer#normalize} has already normalised. */
    List<String> tokensOfNormalized(String normalized) {
        return classifierTokens(decompounder, Tokenizer.tokens(normalized));
    }

    /** The one path from lemmas to the tokens features are taken from, shared by training and scoring. */
    private static List<String> classifierTokens(Decompounder decompounder, List<String> lemmas) {
        return DigitGroups.join(decompounder.expand(lemmas));
    }

    /**
     * The probability of every intent, in the order of {@link #labels()} (a {@link Training#SGD}
     * model gives each intent its own, so they need not add up to one). The array is reused by the
     * calling thread: copy it before the next call.
     */
    public double[] probabilities(String text) {
        return probabilities(tokens(text));
    }

    double[] probabilities(List<String> tokens) {
        Features.Buffer buffer = buffers.get();
        Features.extract(tokens, buffer);
        double[] scores = scoreBuffers.get();
        if (sgdLoss != null) {
            SparseVector vector = vectors.get();
            vector.of(buffer.ids, buffer.size, table);
            SgdTrainer.scores(weights, vector.rows, vector.values, vector.size, labels.length,
                    weights.length - labels.length, scores);
            SgdTrainer.activate(sgdLoss, scores);
            return scores;
        }
        buffer.add(BIAS);
        java.util.Arrays.fill(scores, 0);
        int n = labels.length;
        for (int k = 0; k < buffer.size; k++) {
            int row = table.row(buffer.ids[k]);
            if (row >= 0) {
                int base = row * n;
                for (int l = 0; l < n; l++) {
                    scores[l] += weights[base + l];
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int l = 0; l < n; l++) {
            scores[l] = Math.exp(scores[l] - max);
            sum += scores[l];
        }
        for (int l = 0; l < n; l++) {
            scores[l] /= sum;
        }
        return scores;
    }

    /** Intent names, in the order {@link #probabilities} uses. */
    public List<String> labels() {
        return List.of(labels);
    }
}
