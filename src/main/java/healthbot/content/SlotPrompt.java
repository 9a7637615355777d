package healthbot.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a flow asks for one slot.
 *
 * @param ask      the question, per language
 * @param reprompt said when the answer could not be understood; includes an example answer
 * @param choices  for choice slots: choice id to button label, in the rule's order
 * @param stated   phrases by which an opening message states the value without being asked ("referred
 *                 to a specialist"): language code to value ({@code yes}/{@code no}, or a choice id) to
 *                 phrases; empty when the slot is filled only by answering its question
 */
public record SlotPrompt(Localized<Template> ask, Localized<Template> reprompt, Map<String, Localized<String>> choices,
                         Map<String, Map<String, List<String>>> stated) {
    public SlotPrompt {
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
        Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
        stated.forEach((language, values) -> {
            Map<String, List<String>> v = new LinkedHashMap<>();
            values.forEach((value, phrases) -> v.put(value, List.copyOf(phrases)));
            copy.put(language, Collections.unmodifiableMap(v));
        });
        stated = Collections.unmodifiableMap(copy);
    }
}
