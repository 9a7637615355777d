package healthbot.eval;

/**
 * One message of a triage file and where it should be sent.
 *
 * @param text     the message, sent as the first message of a fresh chat
 * @param expected where it should be sent (the row of the confusion table)
 * @param accepted every outcome that counts as right ({@code expected} and, for cases with more than one fair
 *                 answer such as a negated sign, the others: "gp|fallback")
 * @param lang     the language it is written in ("en", "nb", "nn", "dialect"...; "?" when the file does not say)
 * @param group    the symptom group it describes ("stroke"), or "" when the file does not say
 * @param kind     the case's kind ("red", "negated"; the residents' set's "triage", "narrative"), or ""
 * @param where    file and line, for messages about the file
 */
public record TriageCase(String text, TriageOutcome expected, java.util.Set<TriageOutcome> accepted, String lang, String group,
                         String kind, String where) {

    public TriageCase {
        accepted = java.util.Set.copyOf(accepted);
        if (!accepted.contains(expected)) {
            throw new IllegalArgumentException(where + ": the expected outcome " + expected + " must be one of the accepted " + accepted);
        }
    }

    /** Whether the case describes a red sign: anything but 113 first is under-triage. */
    public boolean red() {
        return expected == TriageOutcome.EMERGENCY;
    }
}
