package healthbot.nlu;

import java.text.Normalizer;

/**
 * Puts text into one canonical spelling so that "Tannlegevakt", "tannlegevakt" and
 * "TANNLEGEVAKT" and "bærum"/"baerum" meet: lower case, æ→ae, ø→o, å→a, accents removed,
 * apostrophes dropped, en and em dashes written as "-", digits of any script (Arabic-Indic ٣, Extended Arabic-Indic ۳) written as
 * ASCII digits with the Arabic decimal and thousands separators as "," and ".", everything that is
 * not a letter or digit turned into a space.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean lastSpace = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            switch (c) {
                case 'æ' -> lastSpace = append(out, "ae");
                case 'ø' -> lastSpace = append(out, "o");
                case 'å' -> lastSpace = append(out, "a");
                case '\'', '’', '`' -> { }
                case '\u2013', '\u2014' -> lastSpace = append(out, "-"); // en and em dash: "150–250 km" is a range, not 150 250
                case '\u066B' -> lastSpace = append(out, ","); // Arabic decimal separator
                case '\u066C' -> lastSpace = append(out, "."); // Arabic thousands separator
                default -> {
                    if (Character.getType(c) == Character.NON_SPACING_MARK) {
                        continue; // the accent of an é or the ring of a decomposed å
                    }
                    if (c > '9' && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                        out.append((char) ('0' + Character.digit(c, 10))); // ٣ and ۳ are 3: patterns read ASCII digits
                        lastSpace = false;
                    } else if (Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '-' || c == '/') {
                        out.append(c);
                        lastSpace = false;
                    } else if (!lastSpace) {
                        out.append(' ');
                        lastSpace = true;
                    }
                }
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    private static boolean append(StringBuilder out, String s) {
        out.append(s);
        return false;
    }

    /** True when the text has at least one letter or digit (so it is not empty, emoji or punctuation only). */
    public static boolean hasWords(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The word without leading and trailing characters that are not letters or digits ("baerum," → "baerum"). */
    static String trimPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == word.length() ? word : word.substring(start, end);
    }
}
