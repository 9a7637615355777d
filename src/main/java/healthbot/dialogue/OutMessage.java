package healthbot.dialogue;

import java.util.List;

/**
 * One message the bot sends.
 *
 * @param text    plain text (channels escape it for their markup)
 * @param buttons button labels, in order; sending a label as text is the same as pressing it
 */
public record OutMessage(String text, List<String> buttons) {
    public OutMessage {
        buttons = List.copyOf(buttons);
    }
}
