package healthbot.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tuning and engine texts from {@code settings.json}.
 *
 * @param confidenceThreshold below this classifier probability a message goes to the fallback
 * @param nearTieMargin       when the top two intents are closer than this, ask "did you mean"
 * @param emergencyConfidence without a trigger word, the classifier must be this sure of "emergency"
 * @param sessionIdleMinutes  a chat's session is forgotten after this much silence
 * @param minExamples         the fewest example phrases an intent may have
 * @param maxMessageChars     longer messages are cut to this length before understanding
 * @param regions             the regions, in button order
 * @param norwegianCues       words that mark a message as Norwegian
 * @param ui                  engine texts by key (yes, no, did_you_mean, ...)
 */
public record Settings(double confidenceThreshold, double nearTieMargin, double emergencyConfidence, int sessionIdleMinutes,
                       int minExamples, int maxMessageChars, List<Region> regions,
                       Set<String> norwegianCues, Map<String, Text> ui) {
    public Settings {
        regions = List.copyOf(regions);
        norwegianCues = Set.copyOf(norwegianCues);
        ui = Map.copyOf(ui);
    }

    /** Engine texts the code uses; validate checks each is present. */
    public static final List<String> UI_KEYS = List.of(
            "yes", "no", "continue", "stop", "did_you_mean", "continue_offer", "source_prefix",
            "reset_done", "forgot", "empty_message", "not_understood", "flow_stopped",
            "emergency_prefix", "non_text", "cut_message", "stale_buttons",
            "turn_failed", "turn_failed_question", "number_refused");

    public Text ui(String key) {
        Text t = ui.get(key);
        if (t == null) {
            throw new IllegalStateException("settings.json has no ui text '" + key + "'");
        }
        return t;
    }
}
