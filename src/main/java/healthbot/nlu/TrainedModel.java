package healthbot.nlu;

import java.util.List;

/**
 * Everything a trained {@link IntentClassifier} needs to classify exactly as it did: the words its
 * compound splitter knows, the intent labels, and the weight of every (feature, label) pair. What
 * {@link ModelCacheFile} writes and reads. The arrays are shared, not copied: treat them as read-only.
 *
 * @param vocabulary the decompounder's known words, sorted (so equal models have equal files)
 * @param labels     intent names in weight-column order
 * @param featureIds hashed feature id of each weight row
 * @param weights    {@code weights[row * labels.size() + label]}
 */
record TrainedModel(List<String> vocabulary, List<String> labels, int[] featureIds, float[] weights) {

    TrainedModel {
        vocabulary = List.copyOf(vocabulary);
        labels = List.copyOf(labels);
        if (labels.size() < 2) {
            throw new IllegalArgumentException("a trained model needs at least two labels, has " + labels.size());
        }
        if ((long) featureIds.length * labels.size() != weights.length) {
            throw new IllegalArgumentException("a trained model with " + featureIds.length + " features and "
                    + labels.size() + " labels needs " + (long) featureIds.length * labels.size()
                    + " weights, has " + weights.length);
        }
    }
}
