package healthbot.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dialogue flow: the rule it asks, how each slot is asked, one answer per outcome.
 *
 * @param name     flow name referenced by intents
 * @param rule     name of the rule in {@code healthbot.rules.Rules}
 * @param slots    slot name to prompt, in the rule's order
 * @param outcomes outcome code to answer template, per language
 */
public record Flow(String name, String rule, Map<String, SlotPrompt> slots, Map<String, Localized<Template>> outcomes) {
    public Flow {
        slots = Collections.unmodifiableMap(new LinkedHashMap<>(slots));
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    }
}
