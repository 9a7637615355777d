package healthbot.staff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what could identify a person before a message is kept for review. In this order, each
 * replaced by a placeholder:
 * <ol>
 *   <li>URLs ({@code http://}, {@code https://}, {@code www.}) → {@code <url>};</li>
 *   <li>e-mail addresses → {@code <email>};</li>
 *   <li>national identity numbers: 11 digits, also written 6 + space + 5, or already masked by the
 *       engine as {@code #} → {@code <id-number>};</li>
 *   <li>phone numbers: 8 or more digits, optionally after {@code +} or {@code 00}, with single
 *       spaces, dashes or dots between them ("22 33 44 55", "+47 915-12-345") → {@code <phone>};</li>
 *   <li>any other run of 3 or more digits (a year, an address, an amount) → {@code <number>}.</li>
 * </ol>
 * One or two digits stay (an age, a count of children, "113" is three and is masked): staff need
 * "my son is 7" to see what was asked. Digits are any script's ({@code \p{Nd}}: Arabic-Indic too).
 */
public final class ReviewMask {

    private record Rule(Pattern pattern, String placeholder) {}

    private static final String D = "\\p{Nd}";
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+"), "<url>"),
            new Rule(Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+"), "<email>"),
            new Rule(Pattern.compile("(?<![\\p{Nd}#])(?:" + D + "{11}|" + D + "{6} " + D + "{5}|#{11}|#{6} #{5})(?![\\p{Nd}#])"),
                    "<id-number>"),
            new Rule(Pattern.compile("(?:\\+|00)?" + D + "(?:[ .-]?" + D + "){7,}"), "<phone>"),
            new Rule(Pattern.compile(D + "{3,}|#{3,}"), "<number>"));

    private ReviewMask() {
    }

    /** {@code text} with everything of the list above replaced; null stays null. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Rule r : RULES) {
            out = r.pattern.matcher(out).replaceAll(Matcher.quoteReplacement(r.placeholder));
        }
        return out;
    }
}
