package healthbot.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a flow asks for one slot.
 *
 * @param ask      the question
 * @param reprompt said when the answer could not be understood; includes an example answer
 * @param choices  for choice slots: choice id to button label, in display order
 * @param askTemplate      {@code ask}, parsed
 * @param repromptTemplate {@code reprompt}, parsed
 * @param stated   phrases (any language) by which an opening message states the value without being
 *                 asked ("referred to a specialist"): value ({@code yes}/{@code no}, or a choice id)
 *                 to its phrases; empty when the slot is filled only by answering its question
 */
public record SlotPrompt(Text ask, Text reprompt, Map<String, Text> choices,
                         LocalizedTemplate askTemplate, LocalizedTemplate repromptTemplate,
                         Map<String, List<String>> stated) {
    public SlotPrompt {
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        stated.forEach((value, phrases) -> copy.put(value, List.copyOf(phrases)));
        stated = Collections.unmodifiableMap(copy);
    }
}
