package healthbot.studio;

import java.text.Normalizer;
import java.util.Locale;

/** Turning what staff typed into safe script text and file names. */
final class ScriptText {

    static final int MAX_TITLE = 120;
    private static final int MAX_NAME = 48;

    private ScriptText() {
    }

    /** One line of text: control characters and line breaks become spaces, trimmed, at most {@value #MAX_TITLE} characters. */
    static String oneLine(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            s.append(Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? ' ' : c);
        }
        String line = s.toString().strip().replaceAll(" {2,}", " ");
        return line.length() <= MAX_TITLE ? line : line.substring(0, MAX_TITLE).strip();
    }

    /**
     * A file name stem made from a title: lower-case ASCII letters, digits and single underscores
     * (æ ø å become ae o a), never empty, never a path. Nothing of the title can name a folder.
     */
    static String fileStem(String title) {
        String ascii = Normalizer.normalize(title.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("å", "a"), Normalizer.Form.NFD);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ascii.length() && s.length() < MAX_NAME; i++) {
            char c = ascii.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                s.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && s.length() > 0
                    && s.charAt(s.length() - 1) != '_') {
                s.append('_');
            }
        }
        String stem = s.toString().replaceAll("^_+|_+$", "");
        return stem.isEmpty() ? "studio_script" : stem;
    }
}
