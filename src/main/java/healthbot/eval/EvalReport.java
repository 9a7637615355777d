package healthbot.eval;

import java.util.List;

/**
 * Everything one evaluation found; written as {@code report.json} and rendered as {@code report.html}.
 *
 * @param mode               what was done, e.g. "5-fold cross-validation"
 * @param trainedOn          what the classifier learnt from
 * @param scored             what was scored
 * @param threshold          the confidence threshold the decisions used
 * @param suggestedThreshold the threshold the trade-off table suggests (see {@link ThresholdSweep#suggest})
 * @param seconds            wall time of the whole evaluation
 * @param trainSeconds       wall time of training one model (mean over folds)
 * @param peakHeapMb         the JVM's peak heap use during the run
 * @param labels             the confusion matrix's labels (rows expected, columns decided)
 * @param matrix             the confusion matrix counts
 */
public record EvalReport(String mode, String trainedOn, String scored, int trainingExamples, int intents,
                         double threshold, double suggestedThreshold, double seconds, double trainSeconds,
                         long peakHeapMb, Metrics metrics, List<String> labels, int[][] matrix,
                         List<ConfusedPair> confusedPairs, List<Miss> misclassified, List<ThresholdRow> thresholds) {

    /** An off-diagonal cell of the matrix with a few of its messages. */
    public record ConfusedPair(String expected, String decided, int count, List<String> examples) {}

    /** A message decided wrongly. */
    public record Miss(String text, String expected, String decided, double confidence, String where) {}
}
