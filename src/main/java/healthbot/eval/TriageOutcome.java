package healthbot.eval;

import healthbot.content.Content;
import healthbot.content.IntentKind;
import healthbot.content.Triage;
import healthbot.dialogue.Reply;

import java.util.Locale;

/**
 * Where a triage case is sent, as the triage report counts it: the emergency answer (113 first),
 * the legevakt, the emergency dentist, the own GP, another answer of the bot (a topic, a flow, small
 * talk, a "did you mean"), or the fallback.
 */
public enum TriageOutcome {
    EMERGENCY("113"),
    LEGEVAKT("legevakt"),
    DENTIST("dentist"),
    GP("GP"),
    TOPIC("topic"),
    FALLBACK("fallback");

    private final String label;

    TriageOutcome(String label) {
        this.label = label;
    }

    /** The column and row name in the report ("113", "legevakt"...); also what a case's {@code expect} may say. */
    public String label() {
        return label;
    }

    /** The outcome a case's {@code expect} names ("113", "emergency", "legevakt", "dentist", "gp", "topic", "fallback"), or null. */
    static TriageOutcome ofLabel(String expect) {
        String e = expect.strip().toLowerCase(Locale.ROOT);
        return switch (e) {
            case "113", "emergency", "red" -> EMERGENCY;
            case "legevakt", "116117", "116 117", "yellow" -> LEGEVAKT;
            case "dentist", "emergency_dentist", "emergency dentist", "dental" -> DENTIST;
            case "gp", "green" -> GP;
            case "topic" -> TOPIC;
            case "fallback" -> FALLBACK;
            default -> null;
        };
    }

    /**
     * The content's intents behind the outcomes.
     *
     * @param emergency the emergency intent
     * @param legevakt  the intent answering yellow signs (the legevakt)
     * @param dentist   the intent answering dental signs (the emergency dentist)
     * @param gp        the intent answering green signs (the GP)
     * @param fallback  the out-of-scope intent
     */
    public record Names(String emergency, String legevakt, String dentist, String gp, String fallback) {

        /** The names in {@code content} (the triage answers from {@code intents/triage/groups.json}). */
        public static Names of(Content content) {
            Triage t = content.triage();
            return new Names(content.intentOfKind(IntentKind.EMERGENCY).name(), t.answer(Triage.Grade.YELLOW),
                    t.answer(Triage.Grade.DENTAL), t.answer(Triage.Grade.GREEN), content.intentOfKind(IntentKind.FALLBACK).name());
        }

        /** The outcome a labelled intent stands for (a residents' case's {@code intent}). */
        TriageOutcome expected(String intent) {
            return of(intent);
        }

        /** Where a reply sent the resident, by the intent it reports (a related answer with 113 first reports the emergency). */
        TriageOutcome answered(Reply reply) {
            return of(reply.intent() == null ? fallback : reply.intent());
        }

        private TriageOutcome of(String intent) {
            if (intent.equals(emergency)) {
                return EMERGENCY;
            }
            if (intent.equals(legevakt)) {
                return LEGEVAKT;
            }
            if (intent.equals(dentist)) {
                return DENTIST;
            }
            if (intent.equals(gp)) {
                return GP;
            }
            return intent.equals(fallback) ? FALLBACK : TOPIC;
        }
    }
}
