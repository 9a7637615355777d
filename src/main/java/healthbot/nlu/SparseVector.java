package healthbot.nlu;

import java.util.Arrays;

/**
 * A message as {@link SgdTrainer} sees it: the weight rows of its known features, each with its
 * count, the whole scaled to length 1 (so a long message does not score higher for saying more).
 * Only the first {@link #size} entries count: the arrays are reused per thread and may be longer.
 */
final class SparseVector {

    int[] rows = new int[256];
    float[] values = new float[256];
    int size;
    private final double[] kindNorms = new double[Features.KINDS];

    /** Fills this vector from hashed feature ids (with repeats); ids the table does not know are left out. */
    void of(int[] ids, int count, FeatureTable table) {
        if (rows.length < count) {
            rows = new int[count];
            values = new float[count];
        }
        int known = 0;
        for (int k = 0; k < count; k++) {
            int row = table.row(ids[k]);
            if (row >= 0) {
                rows[known++] = row;
            }
        }
        Arrays.sort(rows, 0, known);
        size = 0;
        for (int k = 0; k < known; k++) {
            if (size > 0 && rows[size - 1] == rows[k]) {
                values[size - 1]++;
            } else {
                rows[size] = rows[k];
                values[size++] = 1;
            }
        }
        double norm = 0;
        for (int k = 0; k < size; k++) {
            norm += values[k] * values[k];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int k = 0; k < size; k++) {
            values[k] *= scale;
        }
    }

    /**
     * Rescales this vector so that each kind of feature ({@code kindOfRow[row]}, below
     * {@link Features#KINDS}) has the length {@code kindWeights[kind]}, the whole then scaled back
     * to length 1: the many letter groups of a message no longer outweigh its few words and word
     * pairs ({@link SvmTrainer}).
     */
    void balanceKinds(byte[] kindOfRow, float[] kindWeights) {
        double[] norms = kindNorms;
        Arrays.fill(norms, 0);
        for (int k = 0; k < size; k++) {
            norms[kindOfRow[rows[k]]] += values[k] * values[k];
        }
        double total = 0;
        for (int kind = 0; kind < norms.length; kind++) {
            if (norms[kind] > 0) {
                total += kindWeights[kind] * kindWeights[kind];
            }
        }
        for (int k = 0; k < size; k++) {
            int kind = kindOfRow[rows[k]];
            values[k] = (float) (values[k] * kindWeights[kind] / Math.sqrt(norms[kind] * total));
        }
    }
}
