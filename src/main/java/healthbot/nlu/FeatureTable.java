package healthbot.nlu;

/** Open-addressing map from hashed feature id to weight row; read-only after construction. */
final class FeatureTable {

    private final int[] keys;
    private final int[] rows; // row + 1; 0 marks an empty slot
    private final int mask;
    private final int size;

    FeatureTable(int[] featureIds) {
        int capacity = Integer.highestOneBit(Math.max(4, featureIds.length * 2 - 1)) << 1;
        keys = new int[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        size = featureIds.length;
        for (int row = 0; row < featureIds.length; row++) {
            int slot = spread(featureIds[row]) & mask;
            while (rows[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = featureIds[row];
            rows[slot] = row + 1;
        }
    }

    /** The weight row of a feature, or -1 when training never saw it. */
    int row(int featureId) {
        int slot = spread(featureId) & mask;
        while (rows[slot] != 0) {
            if (keys[slot] == featureId) {
                return rows[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The feature ids in row order: what the table was built from. */
    int[] featureIds() {
        int[] ids = new int[size];
        for (int slot = 0; slot < rows.length; slot++) {
            if (rows[slot] != 0) {
                ids[rows[slot] - 1] = keys[slot];
            }
        }
        return ids;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
