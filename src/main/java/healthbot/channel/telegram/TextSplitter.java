package healthbot.channel.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a reply into pieces Telegram accepts (at most 4096 characters each), on paragraph
 * boundaries where possible, then lines, then words; never inside a surrogate pair.
 */
final class TextSplitter {

    /** Telegram's limit on a message's text, counted after entity parsing (escapes count as one). */
    static final int TELEGRAM_LIMIT = 4096;

    private TextSplitter() {
    }

    static List<String> split(String text, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            for (String piece : cut(paragraph, max)) {
                if (current.length() > 0 && current.length() + 2 + piece.length() > max) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append("\n\n");
                }
                current.append(piece);
            }
        }
        if (current.length() > 0 || out.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    /** Cuts one over-long paragraph at the last line break, else the last space, else hard. */
    private static List<String> cut(String paragraph, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = paragraph;
        while (rest.length() > max) {
            int at = rest.lastIndexOf('\n', max);
            if (at <= 0) {
                at = rest.lastIndexOf(' ', max);
            }
            int next;
            if (at <= 0) {
                at = Character.isHighSurrogate(rest.charAt(max - 1)) ? max - 1 : max;
                next = at;
            } else {
                next = at + 1; // drop the separator we cut at
            }
            pieces.add(rest.substring(0, at));
            rest = rest.substring(next);
        }
        pieces.add(rest);
        return pieces;
    }
}
