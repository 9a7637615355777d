package healthbot.dialogue;

import healthbot.nlu.Assessment;
import healthbot.nlu.Prediction;
import healthbot.rules.Decision;

import java.util.List;
import java.util.Map;

/**
 * What decided one reply, for staff (the studio's "Why" panel, {@code chat --jsonl --why}); never
 * logged, never stored.
 *
 * @param classifier the classifier's two best intents for the message, or null when the message
 *                   was not classified (a command, an empty message)
 * @param assessment what the message says about urgency (grade, group, the words that matched), or
 *                   null when it was not read
 * @param route      where routing sent it and how urgently, or null when it was not routed
 * @param detected   the language code the message is written in, or null when it gives no evidence
 * @param answeredIn the language code the reply is in (the chat's language after this message)
 * @param flow       the flow whose rule was asked this turn, or null
 * @param slots      the slot values that rule saw (slot name to value), empty without a flow
 * @param decision   the rule's decision with its reasons and sources, or null when it decided nothing
 * @param factKeys   the facts the reply's answer texts insert ({@code {fact:key}}), in order
 */
public record Why(Prediction classifier, Assessment assessment, Routing.Route route, String detected, String answeredIn,
                  String flow, Map<String, Object> slots, Decision decision, List<String> factKeys) {
    public Why {
        slots = Map.copyOf(slots);
        factKeys = List.copyOf(factKeys);
    }

    /** The emergency word or phrase that made the message urgent, or null (the first of the assessment's words). */
    public String emergencyTrigger() {
        return assessment == null || assessment.matched().isEmpty() ? null : assessment.matched().get(0);
    }

    static Why of(Turn turn, Session session) {
        var a = turn.understood;
        return new Why(a == null ? null : a.prediction(), a == null ? null : a.assessment(), turn.routed,
                a == null ? null : a.language(), session.language, turn.flowSeen,
                turn.answersSeen == null ? Map.of() : turn.answersSeen.plain(), turn.decision, List.copyOf(turn.factKeys()));
    }
}
