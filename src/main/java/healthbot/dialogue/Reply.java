package healthbot.dialogue;

import java.util.List;
import java.util.Set;

/**
 * Everything the bot answers to one message.
 *
 * @param messages       the messages to send, in order
 * @param kind           what the reply is
 * @param intent         the intent the message was understood as; "fallback"; or, for {@link ReplyKind#COMMAND}
 *                       and {@link ReplyKind#NOTICE} replies, the engine event ({@code reset}, {@code forget}, {@code privacy},
 *                       {@code flow_stopped}, {@code non_text}) as {@code chat --jsonl} reports it
 * @param confidence     how sure the classifier was (1.0 for commands, buttons, slot answers, emergency words)
 * @param awaiting       the slot the last message asks for, or null when it is a final answer
 * @param offerId        identifies this reply's buttons; a button press names it with the button's index
 * @param outcome        the rule outcome this reply announces (e.g. {@code FREE_CHILD}), or null
 * @param language       the language the reply is written in (a language code of the content)
 * @param sources        the ids of the source pages the reply cites, in its source lines
 * @param emergencyFirst whether the reply's first line is the emergency number (an emergency, or a pointer to 113)
 * @param rated          the resident's "was this helpful?" press this reply thanks for, or null (every other reply)
 */
public record Reply(List<OutMessage> messages, ReplyKind kind, String intent, double confidence, String awaiting,
                    int offerId, String outcome, String language, Set<String> sources, boolean emergencyFirst,
                    Rating rated) {
    public Reply {
        messages = List.copyOf(messages);
        sources = Set.copyOf(sources);
    }

    /** A reply that thanks for no "was this helpful?" press. */
    public Reply(List<OutMessage> messages, ReplyKind kind, String intent, double confidence, String awaiting,
                 int offerId, String outcome, String language, Set<String> sources, boolean emergencyFirst) {
        this(messages, kind, intent, confidence, awaiting, offerId, outcome, language, sources, emergencyFirst, null);
    }

    /**
     * A resident's answer to "was this helpful?".
     *
     * @param intent  the intent whose answer was rated
     * @param helpful yes ({@code true}) or no
     */
    public record Rating(String intent, boolean helpful) {}

    /** This reply reported under another intent (a related answer given for an emergency counts as the emergency). */
    Reply reportedAs(String otherIntent, double otherConfidence) {
        return new Reply(messages, kind, otherIntent, otherConfidence, awaiting, offerId, outcome, language, sources,
                emergencyFirst, rated);
    }

    /** All button labels of the reply, in the order a button index counts them. */
    public List<String> buttons() {
        return messages.stream().flatMap(m -> m.buttons().stream()).toList();
    }
}
