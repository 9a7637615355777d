package healthbot.dialogue;

import java.util.List;

/**
 * One message the bot sends.
 *
 * @param text       plain text (channels escape it for their markup), its source line included
 * @param buttons    button labels, in order; sending a label as text is the same as pressing it
 * @param sourceLine the source line at the end of {@code text} ("Source: ..."), or null when it has none
 */
public record OutMessage(String text, List<String> buttons, String sourceLine) {
    public OutMessage {
        buttons = List.copyOf(buttons);
    }

    /** A message without a source line. */
    public OutMessage(String text, List<String> buttons) {
        this(text, buttons, null);
    }

    /** The text without its source line. */
    public String body() {
        return sourceLine == null ? text : text.substring(0, text.length() - sourceLine.length()).stripTrailing();
    }
}
