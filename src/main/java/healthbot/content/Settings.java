package healthbot.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tuning, languages and engine texts ({@code settings.json}, the engine texts from each language's
 * {@code texts.json} under {@code ui}).
 *
 * @param confidenceThreshold below this classifier probability a message goes to the fallback
 * @param nearTieMargin       when the top two intents are closer than this, ask "did you mean"
 * @param emergencyConfidence without a trigger word, the classifier must be this sure of "emergency"
 * @param sessionIdleMinutes  a chat's session is forgotten after this much silence
 * @param minExamples         the fewest example phrases an intent may have
 * @param maxMessageChars     longer messages are cut to this length before understanding
 * @param languages           the languages the bot speaks
 * @param regions             the regions, in button order
 * @param ui                  engine texts by key (yes, no, did_you_mean, ...)
 * @param askHelpful          whether a final answer carries the "was this helpful?" buttons
 *                            ({@code ask_helpful}, default true)
 */
public record Settings(double confidenceThreshold, double nearTieMargin, double emergencyConfidence, int sessionIdleMinutes,
                       int minExamples, int maxMessageChars, Languages languages, List<Region> regions,
                       Map<String, Localized<Template>> ui, boolean askHelpful) {
    public Settings {
        regions = List.copyOf(regions);
        ui = Collections.unmodifiableMap(new LinkedHashMap<>(ui));
    }

    /**
     * Engine texts the code uses; validate checks each is present in the source language. A
     * duration has three forms, {@code _one}, {@code _few} and the plain key; the language's
     * {@link PluralRule} ({@code "plural"} in settings.json) picks one for a number.
     */
    public static final List<String> UI_KEYS = List.of(
            "yes", "no", "continue", "stop", "did_you_mean", "continue_offer", "source_prefix",
            "reset_done", "forgot", "empty_message", "not_understood", "flow_stopped",
            "emergency_prefix", "non_text", "cut_message", "stale_buttons",
            "turn_failed", "turn_failed_question", "number_refused", "untranslated",
            "choose_language", "language_set", "language_button", "unsupported_language",
            "triage_red_reason", "triage_yellow", "triage_green", "triage_green_pointer",

            "read_mil", "read_range", "read_range_undecided", "read_less", "read_at_least", "read_more", "read_not_more", "unit_undecided",
            "duration_day", "duration_day_one", "duration_day_few", "duration_week", "duration_week_one",
            "duration_week_few", "duration_year", "duration_year_one", "duration_year_few",
            "privacy", "privacy_review", "which_topic", "also_asked",
            "helpful_yes", "helpful_no", "helpful_thanks", "privacy_helpful");

    /** These settings with the "was this helpful?" buttons on or off. */
    public Settings withAskHelpful(boolean on) {
        return new Settings(confidenceThreshold, nearTieMargin, emergencyConfidence, sessionIdleMinutes, minExamples,
                maxMessageChars, languages, regions, ui, on);
    }

    /** @throws IllegalStateException when the content has no such engine text */
    public Localized<Template> ui(String key) {
        Localized<Template> t = ui.get(key);
        if (t == null) {
            throw new IllegalStateException("texts.json has no ui text '" + key + "'");
        }
        return t;
    }
}
