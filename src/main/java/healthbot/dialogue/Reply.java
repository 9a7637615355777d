package healthbot.dialogue;

import java.util.List;

/**
 * Everything the bot answers to one message.
 *
 * @param messages   the messages to send, in order
 * @param intent     the intent the message was understood as, "fallback", or a command name
 * @param confidence how sure the classifier was (1.0 for commands, buttons, slot answers, emergency triggers)
 * @param awaiting   the slot the last message asks for, or null when it is a final answer
 * @param offerId    identifies this reply's buttons; a button press names it with the button's index
 * @param outcome    the rule outcome this reply announces (e.g. {@code FREE_CHILD}), or null
 */
public record Reply(List<OutMessage> messages, String intent, double confidence, String awaiting, int offerId,
                    String outcome) {
    public Reply {
        messages = List.copyOf(messages);
    }

    /** All button labels of the reply, in the order a button index counts them. */
    public List<String> buttons() {
        return messages.stream().flatMap(m -> m.buttons().stream()).toList();
    }
}
