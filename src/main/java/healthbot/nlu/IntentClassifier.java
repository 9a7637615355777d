package healthbot.nlu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A trained intent classifier: the compound splitter its examples taught it, the intent labels and
 * the {@link Weights} its {@link Training} produced. Whichever way it was trained, its weights sit
 * in a flat array keyed by hashed feature id, so classifying a message allocates nothing beyond
 * tokenising.
 */
public final class IntentClassifier {

    /** A phrase and the intent it means. */
    public record Example(String text, String intent) {}

    private final Decompounder decompounder;
    private final String[] labels;
    private final Weights weights;
    private final ThreadLocal<Features.Buffer> buffers = ThreadLocal.withInitial(Features.Buffer::new);
    private final ThreadLocal<double[]> scoreBuffers;

    /** For the trainers: {@code weights} has a column per label, in this order. */
    IntentClassifier(Decompounder decompounder, String[] labels, Weights weights) {
        this.decompounder = decompounder;
        this.labels = labels;
        this.weights = weights;
        this.scoreBuffers = ThreadLocal.withInitial(() -> new double[labels.length]);
    }

    /**
     * The bot's classifier ({@link Training#MAXENT}) for these examples.
     *
     * @throws IllegalArgumentException when there are fewer than two intents to tell apart
     */
    public static IntentClassifier train(List<Example> examples) {
        return Training.MAXENT.train(examples);
    }

    /**
     * The settings of {@link #train} that can differ between runs of the same code (part of a cached
     * model's key; constants are covered by {@link Features#VERSION}).
     */
    static String trainingSettings() {
        return MaxentTrainer.settings();
    }

    /** Whether {@link ModelCache} can keep this classifier ({@link #model()}): the bot's kind can, SGD's cannot. */
    boolean cacheable() {
        return weights.cacheable();
    }

    /**
     * The trained state, for {@link ModelCache}: {@link #restore} of it classifies exactly as this does.
     *
     * @throws IllegalStateException when this classifier is not {@link #cacheable()}
     */
    TrainedModel model() {
        if (!(weights instanceof Weights.Maxent maxent)) {
            throw new IllegalStateException("only classifiers that are cacheable() have a TrainedModel; this one has "
                    + weights.getClass().getSimpleName() + " weights");
        }
        List<String> vocabulary = new ArrayList<>(decompounder.vocabulary());
        Collections.sort(vocabulary);
        return new TrainedModel(vocabulary, List.of(labels), maxent.table().featureIds(), maxent.weights());
    }

    /** A classifier from a {@link #model()} of an earlier training. */
    static IntentClassifier restore(TrainedModel model) {
        return new IntentClassifier(new Decompounder(model.vocabulary()), model.labels().toArray(String[]::new),
                new Weights.Maxent(new FeatureTable(model.featureIds()), model.weights()));
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
    static List<String> classifierTokens(Decompounder decompounder, List<String> lemmas) {
        return DigitGroups.join(decompounder.expand(lemmas));
    }

    /**
     * The probability of every intent, in the order of {@link #labels()} (a {@link Training#SGD}
     * classifier gives each intent its own, so they need not add up to one). The array is reused by the
     * calling thread: copy it before the next call.
     */
    public double[] probabilities(String text) {
        return probabilities(tokens(text));
    }

    double[] probabilities(List<String> tokens) {
        Features.Buffer buffer = buffers.get();
        Features.extract(tokens, buffer);
        double[] scores = scoreBuffers.get();
        weights.score(buffer, scores);
        return scores;
    }

    /** Intent names, in the order {@link #probabilities} uses. */
    public List<String> labels() {
        return List.of(labels);
    }
}
