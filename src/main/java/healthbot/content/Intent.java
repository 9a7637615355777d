package healthbot.content;

import java.util.List;
import java.util.Set;

/**
 * One thing a resident may want, with how it is recognised and answered.
 *
 * @param name     unique lower_snake_case name
 * @param kind     its role (topic, smalltalk, fallback, emergency)
 * @param label    text of a button that leads here
 * @param examples phrases the classifier learns from
 * @param answer   the answer given at once (may be null when the intent only runs a flow)
 * @param sources  sources stated in the answer without a fact reference
 * @param buttons  intents offered as buttons after the answer
 * @param flow     flow to run, or null
 * @param triggers emergency only: words and phrases that always mean an emergency
 * @param answerTemplate the parsed {@code answer}
 */
public record Intent(String name, IntentKind kind, Text label, List<String> examples, Text answer,
                     Set<String> sources, List<String> buttons, String flow, List<String> triggers,
                     LocalizedTemplate answerTemplate) {
    public Intent {
        examples = List.copyOf(examples);
        sources = Set.copyOf(sources);
        buttons = List.copyOf(buttons);
        triggers = List.copyOf(triggers);
    }

    public boolean hasFlow() {
        return flow != null;
    }
}
