package healthbot.nlu;

import java.util.List;

/**
 * How an {@link IntentClassifier} learns from labelled examples. Each way has its own trainer and
 * its own kind of {@link Weights}; the classifier scores with whichever it was given.
 */
public enum Training {
    /**
     * The bot's ({@link MaxentTrainer}): CoreNLP's quasi-Newton maximum entropy with a Gaussian
     * prior over feature counts. Its probabilities are what {@code confidence_threshold} was chosen for.
     */
    MAXENT {
        @Override
        public IntentClassifier train(List<IntentClassifier.Example> examples) {
            return MaxentTrainer.train(examples);
        }
    },
    /**
     * {@link SgdTrainer}: one-vs-rest logistic regression by stochastic gradient descent over
     * unit-length vectors, one float copy of the weights, no pruning; each intent's probability is
     * its own, so they need not add up to one. For public data sets of 100+ intents (CLINC150: 15 000 examples in
     * under 30 s within 512 MB). Not the bot's default: on our content its held-out accuracy is lower
     * at the bot's threshold (see the README). Its classifiers are not kept by {@link ModelCache}.
     */
    SGD {
        @Override
        public IntentClassifier train(List<IntentClassifier.Example> examples) {
            return SgdTrainer.trainClassifier(examples, SgdTrainer.DEFAULT);
        }
    },
    /**
     * {@link SvmTrainer}: one-vs-rest linear support vector machines (squared hinge loss) by dual
     * coordinate descent over unit-length vectors in which words, word pairs and letter groups each
     * have their own length; the intents' machines are trained in parallel. For public data sets of 100+ intents:
     * on CLINC150 more accurate than {@link #SGD} at the same time and heap (docs/evaluation.md).
     * Examples of the intent {@code fallback} weigh twice in its own machine. Not cached by {@link ModelCache}.
     */
    SVM {
        @Override
        public IntentClassifier train(List<IntentClassifier.Example> examples) {
            return SvmTrainer.trainClassifier(examples, SvmTrainer.DEFAULT);
        }
    };

    /** @throws IllegalArgumentException when there are fewer than two intents to tell apart */
    public abstract IntentClassifier train(List<IntentClassifier.Example> examples);
}
