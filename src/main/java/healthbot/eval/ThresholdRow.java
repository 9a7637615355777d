package healthbot.eval;

/**
 * The scores one confidence threshold gives.
 *
 * @param inScopeAccuracy in-scope messages answered with the right intent
 * @param inScopeAnswered in-scope messages not sent to the fallback
 * @param oosRecall       out-of-scope messages sent to the fallback (null without any)
 * @param oosPrecision    fallback answers that were out-of-scope (null without any)
 */
public record ThresholdRow(double threshold, double accuracy, double macroF1, double inScopeAccuracy,
                           double inScopeAnswered, Double oosRecall, Double oosPrecision) {}
