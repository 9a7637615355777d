package healthbot.eval;

import java.util.List;

/**
 * Scores of one evaluation. Macro averages are over the intents that occur among the expected
 * labels (support &gt; 0); an intent never predicted has precision 0.
 *
 * @param messages         how many messages were scored
 * @param accuracy         share decided correctly
 * @param macroPrecision   mean precision over intents
 * @param macroRecall      mean recall over intents
 * @param macroF1          mean F1 over intents
 * @param inScopeMessages  messages whose expected intent is not the out-of-scope one
 * @param inScopeAccuracy  share of those decided correctly (a fallback counts as wrong)
 * @param oosPrecision     of messages sent to the fallback, the share that were out-of-scope (null without any)
 * @param oosRecall        of out-of-scope messages, the share sent to the fallback (null without any)
 * @param perIntent        one row per label
 */
public record Metrics(int messages, double accuracy, double macroPrecision, double macroRecall, double macroF1,
                      int inScopeMessages, double inScopeAccuracy, Double oosPrecision, Double oosRecall,
                      List<IntentScore> perIntent) {

    public Metrics {
        perIntent = List.copyOf(perIntent);
    }

    /**
     * @param support   messages expected to be this intent
     * @param predicted messages decided as this intent
     */
    public record IntentScore(String intent, double precision, double recall, double f1, int support, int predicted) {}
}
