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

    /**
     * How the message was graded, for staff tools ({@code chat --jsonl --why}, the studio).
     *
     * @param grade      NONE, GREEN, NAMED, DENTAL, YELLOW or RED
     * @param group      the symptom group ("stroke"; "emergency" for the emergency words), or null
     * @param matched    the signs that decided it, as written in the triage files
     * @param discounted signs found but not counted, with why (negated, in the past, a figure of speech)
     * @param urgency    how routing answered it (NONE, POINTER, EMERGENCY, SOON, DENTIST, GP), or null
     * @param because    why this number, in a sentence for staff (English)
     */
    public record Triage(String grade, String group, List<String> matched, List<String> discounted, String urgency,
                         String because) {}

    /** How the message was graded, or null when it was not read (a command, an empty message). */
    public Triage triage() {
        if (assessment == null) {
            return null;
        }
        Routing.Urgency urgency = route == null ? null : route.urgency();
        return new Triage(assessment.grade().name(), assessment.group(), assessment.matched(), assessment.discounted(),
                urgency == null ? null : urgency.name(), because(urgency));
    }

    private String because(Routing.Urgency urgency) {
        String why = switch (assessment.grade()) {
            case RED -> "a red sign (" + assessment.group() + "): what is described can be life-threatening, so 113 first";
            case YELLOW -> "a yellow sign (" + assessment.group() + "): to be seen soon, so the legevakt 116 117,"
                    + " with 113 if it gets worse or you are unsure";
            case DENTAL -> "dental pain or injury: the emergency dentist";
            case NAMED -> healthbot.nlu.EmergencyDetector.GROUP.equals(assessment.group())
                    ? "words that name an emergency or its services"
                    : "words that name an emergency, with an urgent sign (" + assessment.group() + "): red cannot be told"
                    + " from yellow, so 113 first";
            case GREEN -> assessment.pastRed() ? "a serious sign, but in the past: the own GP"
                    : "a sign for the own GP (" + assessment.group() + ")";
            case NONE -> assessment.discounted().isEmpty() ? "no urgent sign" : "no urgent sign counted";
        };
        if (urgency == Routing.Urgency.EMERGENCY && assessment.grade() != Assessment.Grade.RED
                && assessment.grade() != Assessment.Grade.NAMED) {
            why += "; the classifier read it as an emergency, so 113 first";
        }
        return why;
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
