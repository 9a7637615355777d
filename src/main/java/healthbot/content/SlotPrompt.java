package healthbot.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a flow asks for one slot.
 *
 * @param ask      the question
 * @param reprompt said when the answer could not be understood; includes an example answer
 * @param choices  for choice slots: choice id to button label, in display order
 * @param askTemplate      {@code ask}, parsed
 * @param repromptTemplate {@code reprompt}, parsed
 */
public record SlotPrompt(Text ask, Text reprompt, Map<String, Text> choices,
                         LocalizedTemplate askTemplate, LocalizedTemplate repromptTemplate) {
    public SlotPrompt {
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }
}
