package healthbot.nlu;

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps: "dentsit" is one from
 * "dentist"), bounded: it stops as soon as the distance must exceed the limit. Runs on every word
 * of every message against the emergency triggers, so it reuses its rows per thread.
 */
final class EditDistance {

    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][33]);

    private EditDistance() {
    }

    static boolean atMost(String a, String b, int limit) {
        return atMost(a, letters(a), b, letters(b), limit);
    }

    /** {@link #atMost(String, String, int)} with each word's {@link #letters} worked out beforehand. */
    static boolean atMost(String a, long lettersOfA, String b, long lettersOfB, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return false;
        }
        if (Long.bitCount(lettersOfA ^ lettersOfB) > 2 * limit) {
            return false; // an edit adds or removes at most one letter each: most pairs end here, without the table
        }
        return distance(a, b, limit) <= limit;
    }

    /** Which letters a word has, each letter one of 64 bits (letters may share a bit: the filter stays sound). */
    static long letters(String s) {
        long mask = 0;
        for (int i = 0; i < s.length(); i++) {
            mask |= 1L << (s.charAt(i) & 63);
        }
        return mask;
    }

    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /** The distance, or limit + 1 once it is certain to exceed {@code limit}. */
    private static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[][] rows = ROWS.get();
        if (rows[0].length <= m) {
            rows = new int[3][m + 1];
            ROWS.set(rows);
        }
        int[] prev2 = rows[0];
        int[] prev = rows[1];
        int[] cur = rows[2];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1; // a row never falls more than one below the row before it
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
