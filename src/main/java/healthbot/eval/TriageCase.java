package healthbot.eval;

/**
 * One message of a triage file and where it should be sent.
 *
 * @param text     the message, sent as the first message of a fresh chat
 * @param expected where it should be sent
 * @param lang     the language it is written in ("en", "nb", "nn", "dialect"...; "?" when the file does not say)
 * @param group    the symptom group it describes ("stroke"), or "" when the file does not say
 * @param kind     the case's kind ("red", "negated"; the residents' set's "triage", "narrative"), or ""
 * @param where    file and line, for messages about the file
 */
public record TriageCase(String text, TriageOutcome expected, String lang, String group, String kind, String where) {

    /** Whether the case describes a red sign: anything but 113 first is under-triage. */
    public boolean red() {
        return expected == TriageOutcome.EMERGENCY;
    }
}
