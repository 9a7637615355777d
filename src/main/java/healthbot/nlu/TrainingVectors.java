package healthbot.nlu;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * The examples as the vector trainers learn from them: the feature table of every feature seen (in
 * id order, with the kind of each), and per example its rows, their values (unit length, or each kind
 * its own length when kind weights are given) and its class.
 */
record TrainingVectors(FeatureTable table, int featureCount, byte[] kinds, int[][] rows, float[][] values, int[] labelOf) {

    /** @param kindWeights each kind's length in the vector ({@link SparseVector#balanceKinds}), or null for one unit length */
    static TrainingVectors of(TokenizedExamples examples, java.util.List<IntentClassifier.Example> labelled, float[] kindWeights) {
        int n = labelled.size();
        Features.Buffer buffer = new Features.Buffer();
        Features.Buffer kindBuffer = new Features.Buffer();
        int[][] ids = new int[n][];
        TreeMap<Integer, Integer> kindOfId = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Features.extract(IntentClassifier.classifierTokens(examples.decompounder(), examples.tokens().get(i)), buffer, kindBuffer);
            ids[i] = Arrays.copyOf(buffer.ids, buffer.size);
            for (int k = 0; k < buffer.size; k++) {
                kindOfId.putIfAbsent(buffer.ids[k], kindBuffer.ids[k]); // a rare hash collision keeps the first kind
            }
        }
        int[] featureIds = kindOfId.keySet().stream().mapToInt(Integer::intValue).toArray();
        byte[] kinds = new byte[featureIds.length];
        int r = 0;
        for (int kind : kindOfId.values()) {
            kinds[r++] = (byte) kind;
        }
        FeatureTable table = new FeatureTable(featureIds);
        int[][] rows = new int[n][];
        float[][] values = new float[n][];
        int[] labelOf = new int[n];
        SparseVector vector = new SparseVector();
        for (int i = 0; i < n; i++) {
            vector.of(ids[i], ids[i].length, table);
            if (kindWeights != null) {
                vector.balanceKinds(kinds, kindWeights);
            }
            rows[i] = Arrays.copyOf(vector.rows, vector.size);
            values[i] = Arrays.copyOf(vector.values, vector.size);
            labelOf[i] = examples.intentIndex().get(labelled.get(i).intent());
            ids[i] = null;
        }
        return new TrainingVectors(table, featureIds.length, kinds, rows, values, labelOf);
    }
}
