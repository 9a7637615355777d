package healthbot.dialogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps numbers readable in right-to-left text. In an Arabic paragraph the Unicode bidirectional
 * algorithm lays the groups of "69 11 77 99" out right to left ("99 77 11 69"), and "116 117" as
 * "117 116": each run of digits with its spaces, points and dashes is wrapped in a left-to-right
 * isolate (U+2066 ... U+2069), which every Unicode-aware client (Telegram's apps, browsers) shows
 * in its written order. Java's own {@link java.text.Bidi} shows the same order (see the test).
 */
final class BidiText {

    static final char LRI = '\u2066';
    static final char PDI = '\u2069';
    private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d]|[ .,:/–-](?=\\d))*");

    private BidiText() {
    }

    /** The text with every number (phone numbers, hours "11.00–14.00", amounts) in a left-to-right isolate. */
    static String isolateNumbers(String text) {
        if (text.indexOf(LRI) >= 0) {
            return text; // already isolated
        }
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            m.appendReplacement(out, "");
            out.append(LRI).append(m.group()).append(PDI);
        }
        m.appendTail(out);
        return out.toString();
    }
}
