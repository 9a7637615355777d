package healthbot.content;

import java.util.Map;

/**
 * A dialogue flow: the rule it asks, how each slot is asked, one answer per outcome.
 *
 * @param name     flow name referenced by intents
 * @param rule     name of the rule in {@code healthbot.rules.Rules}
 * @param slots    slot name to prompt
 * @param outcomes outcome code to parsed answer template
 */
public record Flow(String name, String rule, Map<String, SlotPrompt> slots,
                   Map<String, LocalizedTemplate> outcomes) {
    public Flow {
        slots = Map.copyOf(slots);
        outcomes = Map.copyOf(outcomes);
    }
}
