package healthbot.eval;

import java.util.List;
import java.util.Locale;

/**
 * The confusion matrix as a stand-alone SVG: rows are the expected intents, columns the decided
 * ones, each cell shaded by its share of the row (so a small intent's errors show as clearly as a
 * large one's): blue on the diagonal (right), red off it (wrong). Cells shrink with the number of
 * intents so 150 still fit a screen; every cell has a tooltip with its count.
 */
final class HeatMap {

    private HeatMap() {
    }

    static String svg(List<String> labels, int[][] matrix) {
        int n = labels.size();
        int cell = Math.max(5, Math.min(20, 760 / Math.max(1, n)));
        int font = Math.max(6, Math.min(12, cell - 3));
        int longest = labels.stream().mapToInt(String::length).max().orElse(4);
        int margin = 24 + (int) (longest * font * 0.62);
        int size = margin + n * cell;
        StringBuilder s = new StringBuilder(64 * n * n + 1024);
        s.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"Helvetica,Arial,sans-serif\" font-size=\"%d\" role=\"img\" "
                        + "aria-label=\"Confusion matrix: rows expected intent, columns decided intent\">\n",
                size + 10, size + 10, size + 10, size + 10, font));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        s.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"%d\" fill=\"#555\">expected ↓ decided →</text>\n",
                font + 2, font));
        for (int i = 0; i < n; i++) {
            String label = Html.escape(labels.get(i));
            int y = margin + i * cell + cell / 2 + font / 3;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", margin - 4, y, label));
            int x = margin + i * cell + cell / 2 + font / 3;
            s.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(-90)\">%s</text>\n", x, margin - 4, label));
        }
        for (int r = 0; r < n; r++) {
            int rowSum = 0;
            for (int c = 0; c < n; c++) {
                rowSum += matrix[r][c];
            }
            for (int c = 0; c < n; c++) {
                int count = matrix[r][c];
                double share = rowSum == 0 ? 0 : (double) count / rowSum;
                String fill = count == 0 ? (r == c ? "#f4f6fb" : "#fafafa") : color(share, r == c);
                int x = margin + c * cell;
                int y = margin + r * cell;
                s.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#e4e4e4\" stroke-width=\"0.5\">"
                                + "<title>%s → %s: %d of %d</title></rect>\n",
                        x, y, cell, cell, fill, Html.escape(labels.get(r)), Html.escape(labels.get(c)), count, rowSum));
                if (count > 0 && cell >= 14) {
                    String ink = share > 0.55 ? "#fff" : "#222";
                    s.append(String.format(Locale.ROOT,
                            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"%d\" fill=\"%s\">%d</text>\n",
                            x + cell / 2, y + cell / 2 + font / 3, Math.max(6, font - 2), ink, count));
                }
            }
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /** Blue for right, red for wrong; darker for a larger share of the row. */
    private static String color(double share, boolean diagonal) {
        double t = Math.min(1, 0.15 + 0.85 * share);
        int[] from = {255, 255, 255};
        int[] to = diagonal ? new int[] {33, 102, 172} : new int[] {203, 24, 29};
        return String.format(Locale.ROOT, "#%02x%02x%02x",
                (int) (from[0] + (to[0] - from[0]) * t), (int) (from[1] + (to[1] - from[1]) * t),
                (int) (from[2] + (to[2] - from[2]) * t));
    }
}
