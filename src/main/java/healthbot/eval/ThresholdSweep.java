package healthbot.eval;

import healthbot.dialogue.Routing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What each confidence threshold would do to the same scored messages: a higher threshold sends
 * more out-of-scope messages to the fallback, and more in-scope ones with them.
 */
final class ThresholdSweep {

    /** Out-of-scope recall the suggested threshold must reach (the target). */
    static final double OOS_RECALL_GOAL = 0.90;

    private ThresholdSweep() {
    }

    static List<ThresholdRow> sweep(List<Scored> scored, Routing routing, double current) {
        TreeSet<Double> thresholds = new TreeSet<>();
        for (int i = 0; i <= 18; i++) {
            thresholds.add(Math.round(i * 5) / 100.0);
        }
        thresholds.add(current);
        List<ThresholdRow> rows = new ArrayList<>();
        for (double t : thresholds) {
            rows.add(row(scored, routing, t));
        }
        return rows;
    }

    static ThresholdRow row(List<Scored> scored, Routing routing, double threshold) {
        Confusion confusion = new Confusion(List.of());
        int inScope = 0;
        int answered = 0;
        for (Scored s : scored) {
            String decided = s.decided(routing, threshold);
            confusion.add(s.message().intent(), decided);
            if (!s.message().intent().equals(routing.fallback())) {
                inScope++;
                if (!decided.equals(routing.fallback())) {
                    answered++;
                }
            }
        }
        Metrics m = confusion.metrics(routing.fallback());
        return new ThresholdRow(threshold, m.accuracy(), m.macroF1(), m.inScopeAccuracy(), inScope == 0 ? 0 : (double) answered / inScope,
                m.oosRecall(), m.oosPrecision());
    }

    /**
     * The threshold with the best in-scope accuracy among those whose out-of-scope recall reaches
     * {@link #OOS_RECALL_GOAL}; without out-of-scope messages (or when none reaches it), the one with
     * the best overall accuracy. Ties go to the lower threshold, which answers more.
     */
    static double suggest(List<ThresholdRow> rows) {
        ThresholdRow best = null;
        for (ThresholdRow r : rows) {
            if (r.oosRecall() != null && r.oosRecall() >= OOS_RECALL_GOAL
                    && (best == null || r.inScopeAccuracy() > best.inScopeAccuracy() + 1e-12)) {
                best = r;
            }
        }
        if (best == null) {
            for (ThresholdRow r : rows) {
                if (best == null || r.accuracy() > best.accuracy() + 1e-12) {
                    best = r;
                }
            }
        }
        return best == null ? 0 : best.threshold();
    }
}
