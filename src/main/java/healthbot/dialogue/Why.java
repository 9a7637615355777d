package healthbot.dialogue;

import healthbot.content.Language;
import healthbot.nlu.Prediction;
import healthbot.rules.Decision;

import java.util.List;
import java.util.Map;

/**
 * What decided one reply, for staff (the studio's "Why" panel); never logged, never stored.
 *
 * @param classifier       the classifier's two best intents for the message, or null when the message
 *                         was not classified (a command, an empty message)
 * @param emergencyTrigger the trigger phrase (normalised) that made it an emergency, or null
 * @param detected         the language the message is written in, or null when it gives no evidence
 * @param answeredIn       the language the reply is in (the chat's language after this message)
 * @param flow             the flow whose rule was asked this turn, or null
 * @param slots            the slot values that rule saw (slot name to value), empty without a flow
 * @param decision         the rule's decision with its reasons and sources, or null when it decided nothing
 * @param factKeys         the facts the reply's answer texts insert ({@code {fact:key}}), in order
 */
public record Why(Prediction classifier, String emergencyTrigger, Language detected, Language answeredIn,
                  String flow, Map<String, Object> slots, Decision decision, List<String> factKeys) {
    public Why {
        slots = Map.copyOf(slots);
        factKeys = List.copyOf(factKeys);
    }

    static Why of(Turn turn, Session session, Knowledge k) {
        var a = turn.understood;
        String trigger = a != null && a.emergency() ? k.nlu.emergencyTrigger(a.normalized()).orElse(null) : null;
        return new Why(a == null ? null : a.prediction(), trigger, a == null ? null : a.language(), session.language,
                turn.flowSeen, turn.answersSeen == null ? Map.of() : turn.answersSeen.values(), turn.decision,
                List.copyOf(turn.factKeys));
    }
}
