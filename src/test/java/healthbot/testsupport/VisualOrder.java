package healthbot.testsupport;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * How a right-to-left display lays out a line: its runs in the order they appear from left to
 * right, by the Unicode bidirectional algorithm (Java's {@link Bidi}), as Telegram's apps and
 * browsers do. Used to check that phone numbers in Arabic replies are drawn as written.
 */
public final class VisualOrder {

    private VisualOrder() {
    }

    /** The runs of {@code line} that hold digits, left to right as shown, without the isolate controls. */
    public static List<String> numbersLeftToRight(String line) {
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT);
        int n = bidi.getRunCount();
        byte[] levels = new byte[n];
        Object[] runs = new Object[n];
        for (int i = 0; i < n; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
        }
        Bidi.reorderVisually(levels, 0, runs, 0, n);
        List<String> out = new ArrayList<>();
        for (Object r : runs) {
            String s = ((String) r).replaceAll("[\\u2066-\\u2069]", "").strip();
            if (s.chars().anyMatch(Character::isDigit)) {
                out.add(s);
            }
        }
        return out;
    }
}
