package healthbot.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of (expected intent, decided intent) pairs. Rows are expected, columns decided; labels
 * keep the order they were first given in, so related intents stay next to each other.
 */
public final class Confusion {

    private final Map<String, Integer> index = new LinkedHashMap<>();
    private int[][] counts = new int[0][0];

    /** @param order labels to place first, in this order (e.g. the content's intents) */
    public Confusion(List<String> order) {
        order.forEach(this::indexOf);
    }

    public void add(String expected, String decided) {
        int e = indexOf(expected);
        int d = indexOf(decided);
        counts[e][d]++;
    }

    private int indexOf(String label) {
        Integer i = index.get(label);
        if (i != null) {
            return i;
        }
        int n = index.size();
        index.put(label, n);
        int[][] grown = new int[n + 1][n + 1];
        for (int r = 0; r < n; r++) {
            System.arraycopy(counts[r], 0, grown[r], 0, n);
        }
        counts = grown;
        return n;
    }

    public List<String> labels() {
        return new ArrayList<>(index.keySet());
    }

    public int count(String expected, String decided) {
        Integer e = index.get(expected);
        Integer d = index.get(decided);
        return e == null || d == null ? 0 : counts[e][d];
    }

    /** The matrix, rows expected and columns decided, in {@link #labels()} order (a copy). */
    public int[][] matrix() {
        int[][] copy = new int[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            copy[r] = counts[r].clone();
        }
        return copy;
    }

    /** Precision, recall and F1 per label and overall; {@code oosLabel} names the out-of-scope class. */
    public Metrics metrics(String oosLabel) {
        List<String> labels = labels();
        int n = labels.size();
        int[] rowSum = new int[n];
        int[] colSum = new int[n];
        int total = 0;
        int correct = 0;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                rowSum[r] += counts[r][c];
                colSum[c] += counts[r][c];
                total += counts[r][c];
            }
            correct += counts[r][r];
        }
        List<Metrics.IntentScore> perIntent = new ArrayList<>();
        double sumP = 0;
        double sumR = 0;
        double sumF = 0;
        int present = 0;
        for (int l = 0; l < n; l++) {
            double p = ratio(counts[l][l], colSum[l]);
            double r = ratio(counts[l][l], rowSum[l]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            perIntent.add(new Metrics.IntentScore(labels.get(l), p, r, f, rowSum[l], colSum[l]));
            if (rowSum[l] > 0) {
                sumP += p;
                sumR += r;
                sumF += f;
                present++;
            }
        }
        Integer oos = index.get(oosLabel);
        int inScopeTotal = total - (oos == null ? 0 : rowSum[oos]);
        int inScopeCorrect = correct - (oos == null ? 0 : counts[oos][oos]);
        Double oosPrecision = oos == null || colSum[oos] == 0 && rowSum[oos] == 0 ? null : ratio(counts[oos][oos], colSum[oos]);
        Double oosRecall = oos == null || rowSum[oos] == 0 ? null : ratio(counts[oos][oos], rowSum[oos]);
        return new Metrics(total, ratio(correct, total), ratio(sumP, present), ratio(sumR, present), ratio(sumF, present),
                inScopeTotal, ratio(inScopeCorrect, inScopeTotal), oosPrecision, oosRecall, perIntent);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }
}
