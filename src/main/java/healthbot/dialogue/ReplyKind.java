package healthbot.dialogue;

/** What a reply is, so that channels, metrics, the studio and tools need not guess it from its wording. */
public enum ReplyKind {
    /** a final answer: a topic, a flow's decision, small talk */
    ANSWER,
    /** a flow's question (the reply's {@code awaiting} names the slot) */
    QUESTION,
    /** the question asked again because the answer could not be read (or was declined) */
    REPROMPT,
    /** the question stopped after answers that could not be read */
    GAVE_UP,
    /** "did you mean" with the likeliest intents as buttons */
    CLARIFY,
    /** the message is outside what the bot can answer */
    FALLBACK,
    /** an emergency: 113 first */
    EMERGENCY,
    /** the answer to a command or a control button: /reset, /forget, Stop */
    COMMAND,
    /** a notice about the message itself: empty, not text, out-of-date buttons */
    NOTICE,
    /** the apology after a turn failed on our side */
    ERROR
}
