package healthbot.nlu;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts and distances as residents write them, in normalised text: digits with thousands
 * separators ("1 200", "1.200", "1,200") and decimal commas ("1 200,50"), number words ("three
 * hundred", "tre hundre", "tohundreogfemti"), approximations ("about 300", "ca 300": the number),
 * ranges ("200-300", "between 200 and 300": the midpoint, and {@link #range} tells the ends so the
 * reply can say how it was read), and several numbers with what each one
 * is ("250 each way, 500 for the round trip"). Of several numbers the one said to be the total
 * counts, else the one per journey ("each way", "hver vei"), else the round trip; several
 * different numbers that say nothing of what they are are not an answer.
 *
 * <p>One instance per language: its number words come from that language's lexicon only ("to" is
 * 2 in Norwegian and a preposition in English), while the words saying what an amount is ("each
 * way", "tur retur", "about") are the union of every lexicon's, since they never collide.
 */
final class Quantities {

    private enum Basis { TOTAL, ONE_WAY, ROUND_TRIP, NONE }

    /**
     * The words a {@link Quantities} reads, normalised.
     *
     * @param numbers       number words that are numbers alone ("three", "tre")
     * @param weak          number words that count only before a multiplier ("a hundred", "to tusen")
     * @param multipliers   "hundred", "tusen"
     * @param joiners       "and", "og" between the parts of a number
     * @param total         phrases saying an amount is the total
     * @param oneWay        phrases saying it is per journey
     * @param roundTrip     phrases saying it is for the round trip
     * @param approximately words that may surround a short answer ("about", "it was", "kr")
     * @param between       "between", "mellom"
     * @param range         words of a range ("to", "til")
     * @param clauseBreaks  words that start a new clause ("and", "but", "men")
     */
    record Words(Map<String, Integer> numbers, Map<String, Integer> weak, Map<String, Integer> multipliers,
                 Set<String> joiners, Set<String> total, Set<String> oneWay, Set<String> roundTrip,
                 Set<String> approximately, Set<String> between, Set<String> range, Set<String> clauseBreaks) {}

    /** A range a value was read from: "200-300" counted as 250. */
    record Range(BigDecimal low, BigDecimal high, BigDecimal counted) {}

    private static final String NUM = "(\\d{1,3}(?:[ .,]\\d{3})+(?![\\d])|\\d+)(?:[.,](\\d{1,2})(?!\\d))?";
    private static final Pattern SINGLE = Pattern.compile(NUM);
    private static final Pattern NUMBERS_AND_SIGNS = Pattern.compile("[\\d.,\\-/]+");
    private static final int MAX_OTHER_CHARS = 20;

    private final Words w;
    private final Pattern range;
    private final Pattern between;
    private final Pattern clause;
    private final NumberWords numberWords;

    Quantities(Words words) {
        this.w = words;
        this.range = Pattern.compile(NUM + " ?(?:-|–" + alternatives(words.range(), "|") + ") ?" + NUM);
        String and = words.joiners().isEmpty() ? "(?!)" : String.join("|", quoted(words.joiners()));
        this.between = words.between().isEmpty() ? Pattern.compile("(?!)")
                : Pattern.compile("\\b(?:" + String.join("|", quoted(words.between())) + ") (\\d[\\d .,]*?) (?:" + and + ") (\\d)");
        List<String> breaks = new ArrayList<>(List.of(", ", "; "));
        words.clauseBreaks().forEach(b -> breaks.add(" " + b + " "));
        this.clause = Pattern.compile(String.join("|", quoted(breaks)));
        this.numberWords = new NumberWords(words.numbers(), words.weak(), words.multipliers(), words.joiners());
    }

    private static String alternatives(Set<String> words, String prefix) {
        return words.isEmpty() ? "" : prefix + String.join("|", quoted(words));
    }

    private static List<String> quoted(java.util.Collection<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList();
    }

    /** A number with its unit, or (when {@code lenient}) a bare answer; null when the text gives none or several. */
    BigDecimal find(String normalized, Pattern unitAfter, Pattern unitBefore, boolean lenient) {
        Found found = read(normalized, unitAfter, unitBefore, lenient);
        return found == null ? null : found.value();
    }

    /** The range {@link #find} took its value from ("200-300" → 250), or null when the value was one number. */
    Range range(String normalized, Pattern unitAfter, Pattern unitBefore, boolean lenient) {
        Found found = read(normalized, unitAfter, unitBefore, lenient);
        return found == null ? null : found.range();
    }

    /** A value found, with the range it was the midpoint of (null for a single number). */
    private record Found(BigDecimal value, Range range) {}

    private Found read(String normalized, Pattern unitAfter, Pattern unitBefore, boolean lenient) {
        if (!hasDigit(normalized) && !hasNumberWord(normalized)) {
            return null; // most messages: nothing to parse, nothing allocated
        }
        String text = wordsToDigits(normalized);
        List<BigDecimal> marked = new ArrayList<>();
        List<BigDecimal> bare = new ArrayList<>();
        List<Basis> markedBasis = new ArrayList<>();
        List<Basis> bareBasis = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        for (String part : clause.split(between.matcher(text).replaceAll("$1-$2"))) {
            Basis basis = basis(part);
            Matcher single = SINGLE.matcher(part);
            Matcher r = range.matcher(part);
            int from = 0;
            while (single.find(from)) {
                BigDecimal value = number(single.group(1), single.group(2));
                int start = single.start();
                int end = single.end();
                BigDecimal low = null;
                BigDecimal high = null;
                r.region(start, part.length());
                if (r.lookingAt()) {
                    low = plain(number(r.group(1), r.group(2)));
                    high = plain(number(r.group(3), r.group(4)));
                    value = low.add(high).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
                    end = r.end();
                }
                boolean hasUnit = unitAfter.matcher(part.substring(end)).lookingAt()
                        || unitBefore.matcher(part.substring(0, start)).find();
                value = plain(value);
                (hasUnit ? marked : bare).add(value);
                (hasUnit ? markedBasis : bareBasis).add(basis);
                if (low != null) {
                    ranges.add(new Range(low, high, value));
                }
                from = end;
            }
        }
        BigDecimal chosen = choose(marked, markedBasis);
        if (chosen == null && marked.isEmpty() && lenient && shortAnswer(text)) {
            chosen = choose(bare, bareBasis);
        }
        if (chosen == null) {
            return null;
        }
        for (Range range : ranges) {
            if (range.counted().compareTo(chosen) == 0) {
                return new Found(chosen, range);
            }
        }
        return new Found(chosen, null);
    }

    /** 250.00 → 250, 1.50 → 1.5. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal choose(List<BigDecimal> values, List<Basis> bases) {
        if (values.isEmpty()) {
            return null;
        }
        if (values.stream().distinct().count() == 1) {
            return values.get(0);
        }
        for (Basis wanted : new Basis[] {Basis.TOTAL, Basis.ONE_WAY, Basis.ROUND_TRIP}) {
            BigDecimal found = null;
            for (int i = 0; i < values.size(); i++) {
                if (bases.get(i) == wanted) {
                    if (found != null && found.compareTo(values.get(i)) != 0) {
                        return null;
                    }
                    found = values.get(i);
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Basis basis(String part) {
        String padded = " " + part + " ";
        if (containsAny(padded, w.total())) {
            return Basis.TOTAL;
        }
        if (containsAny(padded, w.roundTrip())) {
            return Basis.ROUND_TRIP;
        }
        return containsAny(padded, w.oneWay()) ? Basis.ONE_WAY : Basis.NONE;
    }

    /** Whether the padded text holds one of the phrases as whole words (no new string per phrase). */
    private static boolean containsAny(String padded, Set<String> phrases) {
        for (String p : phrases) {
            if (p.isEmpty()) {
                continue;
            }
            for (int at = padded.indexOf(p, 1); at >= 0; at = padded.indexOf(p, at + 1)) {
                if (padded.charAt(at - 1) == ' ' && at + p.length() < padded.length() && padded.charAt(at + p.length()) == ' ') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A bare answer is short: besides its numbers and the words saying what they are ("each way",
     * "about"), a few words at most, so a new question that happens to hold a number ("what is
     * the number for legevakt 116 117") is not taken for the answer.
     */
    private boolean shortAnswer(String text) {
        String words = " " + NUMBERS_AND_SIGNS.matcher(text).replaceAll(" ") + " ";
        for (Set<String> known : List.of(w.total(), w.oneWay(), w.roundTrip(), w.approximately())) {
            for (String p : known) {
                words = words.replace(" " + p + " ", " ");
            }
        }
        return words.strip().length() <= MAX_OTHER_CHARS;
    }

    /** "three hundred and fifty" → "350", "nineteen eighty-five" → "1985"; other words untouched ({@link NumberWords}). */
    String wordsToDigits(String normalized) {
        return numberWords.toDigits(normalized);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasNumberWord(String text) {
        return numberWords.hasNumberWord(text);
    }

    private static BigDecimal number(String whole, String fraction) {
        String digits = whole.replace(" ", "").replace(".", "").replace(",", "");
        return new BigDecimal(fraction == null ? digits : digits + "." + fraction);
    }
}
