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
 * ranges ("200-300", "between 200 and 300": the midpoint), and several numbers with what each one
 * is ("250 each way, 500 for the round trip"). Of several numbers the one said to be the total
 * counts, else the one per journey ("each way", "hver vei"), else the round trip; several
 * different numbers that say nothing of what they are are not an answer.
 */
final class Quantities {

    private enum Basis { TOTAL, ONE_WAY, ROUND_TRIP, NONE }

    private static final String NUM = "(\\d{1,3}(?:[ .,]\\d{3})+(?![\\d])|\\d+)(?:[.,](\\d{1,2})(?!\\d))?";
    private static final Pattern RANGE = Pattern.compile(NUM + " ?(?:-|–|to|til) ?" + NUM);
    private static final Pattern BETWEEN = Pattern.compile("\\b(?:between|mellom) (\\d[\\d .,]*?) (?:and|og) (\\d)");
    private static final Pattern SINGLE = Pattern.compile(NUM);
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("tre", 3), Map.entry("fire", 4), Map.entry("fem", 5), Map.entry("seks", 6), Map.entry("sju", 7),
            Map.entry("syv", 7), Map.entry("atte", 8), Map.entry("elleve", 11), Map.entry("tolv", 12),
            Map.entry("tretten", 13), Map.entry("fjorten", 14), Map.entry("femten", 15), Map.entry("seksten", 16),
            Map.entry("sytten", 17), Map.entry("atten", 18), Map.entry("nitten", 19), Map.entry("tjue", 20),
            Map.entry("tretti", 30), Map.entry("forti", 40), Map.entry("femti", 50),
            Map.entry("seksti", 60), Map.entry("sytti", 70), Map.entry("atti", 80), Map.entry("nitti", 90));
    /** Words that are numbers only next to "hundred"/"thousand" ("to hundre", "a hundred"), never alone. */
    private static final Map<String, Integer> WEAK_UNITS = Map.of("a", 1, "an", 1, "en", 1, "et", 1, "ett", 1,
            "to", 2, "ni", 9, "ti", 10);
    private static final Map<String, Integer> MULTIPLIERS = Map.of("hundred", 100, "hundre", 100,
            "thousand", 1000, "tusen", 1000);
    private static final Pattern JOINED = Pattern.compile("(\\p{L}+?)(hundre|tusen)(og)?(\\p{L}*)");
    private static final Set<String> TOTAL = Set.of("in total", "total", "altogether", "all together", "til sammen",
            "tilsammen", "totalt", "i alt", "this year", "i ar", "so far");
    private static final Set<String> ONE_WAY = Set.of("each way", "one way", "per journey", "a journey", "per trip",
            "every trip", "hver vei", "en vei", "per reise", "hver reise", "per tur", "hver tur");
    private static final Set<String> ROUND_TRIP = Set.of("round trip", "return", "both ways", "there and back",
            "tur retur", "tur/retur", "tur-retur", "begge veier", "frem og tilbake", "fram og tilbake");
    private static final Set<String> APPROXIMATELY = Set.of("about", "around", "approximately", "roughly", "circa",
            "ca", "approx", "maybe", "omtrent", "cirka", "rundt", "ca.", "kanskje", "nesten", "almost", "kr", "nok",
            "kroner", "km", "it was", "it cost", "i paid", "i drove", "det var", "jeg betalte", "jeg kjorte");
    private static final Pattern NUMBERS_AND_SIGNS = Pattern.compile("[\\d.,\\-/]+");
    private static final int MAX_OTHER_CHARS = 20;
    private static final Pattern CLAUSE = Pattern.compile(", |; | and | og | but | men ");

    private Quantities() {
    }

    /** A number with its unit, or (when {@code lenient}) a bare answer; null when the text gives none or several. */
    static BigDecimal find(String normalized, Pattern unitAfter, Pattern unitBefore, boolean lenient) {
        if (!hasDigit(normalized) && !hasNumberWord(normalized)) {
            return null; // most messages: nothing to parse, nothing allocated
        }
        String text = wordsToDigits(normalized);
        List<BigDecimal> marked = new ArrayList<>();
        List<BigDecimal> bare = new ArrayList<>();
        List<Basis> markedBasis = new ArrayList<>();
        List<Basis> bareBasis = new ArrayList<>();
        for (String clause : CLAUSE.split(BETWEEN.matcher(text).replaceAll("$1-$2"))) {
            Basis basis = basis(clause);
            Matcher single = SINGLE.matcher(clause);
            Matcher range = RANGE.matcher(clause);
            int from = 0;
            while (single.find(from)) {
                BigDecimal value = number(single.group(1), single.group(2));
                int start = single.start();
                int end = single.end();
                range.region(start, clause.length());
                if (range.lookingAt()) {
                    value = number(range.group(1), range.group(2)).add(number(range.group(3), range.group(4)))
                            .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
                    end = range.end();
                }
                boolean hasUnit = unitAfter.matcher(clause.substring(end)).lookingAt()
                        || unitBefore.matcher(clause.substring(0, start)).find();
                value = value.stripTrailingZeros();
                (hasUnit ? marked : bare).add(value.scale() < 0 ? value.setScale(0) : value);
                (hasUnit ? markedBasis : bareBasis).add(basis);
                from = end;
            }
        }
        BigDecimal chosen = choose(marked, markedBasis);
        if (chosen != null || !marked.isEmpty() || !lenient) {
            return chosen;
        }
        return shortAnswer(text) ? choose(bare, bareBasis) : null;
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

    private static Basis basis(String clause) {
        String padded = " " + clause + " ";
        if (containsAny(padded, TOTAL)) {
            return Basis.TOTAL;
        }
        if (containsAny(padded, ROUND_TRIP)) {
            return Basis.ROUND_TRIP;
        }
        return containsAny(padded, ONE_WAY) ? Basis.ONE_WAY : Basis.NONE;
    }

    private static boolean containsAny(String padded, Set<String> phrases) {
        for (String p : phrases) {
            if (padded.contains(" " + p + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare answer is short: besides its numbers and the words saying what they are ("each way",
     * "about"), a few words at most, so a new question that happens to hold a number ("what is
     * the number for legevakt 116 117") is not taken for the answer.
     */
    private static boolean shortAnswer(String text) {
        String words = " " + NUMBERS_AND_SIGNS.matcher(text).replaceAll(" ") + " ";
        for (Set<String> known : List.of(TOTAL, ONE_WAY, ROUND_TRIP, APPROXIMATELY)) {
            for (String p : known) {
                words = words.replace(" " + p + " ", " ");
            }
        }
        return words.strip().length() <= MAX_OTHER_CHARS;
    }

    /** "three hundred and fifty" → "350", "tre hundre" → "300", "to tusen" → "2000"; other words untouched. */
    static String wordsToDigits(String normalized) {
        if (normalized.isEmpty() || !hasNumberWord(normalized)) {
            return normalized;
        }
        String[] words = splitJoined(normalized).split(" ");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            int j = i;
            long total = 0;
            long current = 0;
            boolean strong = false;
            int lastNumberWord = -1;
            while (j < words.length) {
                String w = words[j];
                Integer unit = UNITS.get(w);
                Integer weak = WEAK_UNITS.get(w);
                Integer mult = MULTIPLIERS.get(w);
                if (unit != null) {
                    current += unit;
                    strong = true;
                } else if (weak != null && j + 1 < words.length && MULTIPLIERS.containsKey(words[j + 1])) {
                    current += weak;
                } else if (mult != null) {
                    current = Math.max(current, 1) * mult;
                    if (mult == 1000) {
                        total += current;
                        current = 0;
                    }
                    strong = true;
                } else if ((w.equals("and") || w.equals("og")) && lastNumberWord == j - 1 && j + 1 < words.length
                        && UNITS.containsKey(words[j + 1])) {
                    j++;
                    continue;
                } else {
                    break;
                }
                lastNumberWord = j;
                j++;
            }
            if (lastNumberWord >= i && strong) {
                append(out, String.valueOf(total + current));
                i = lastNumberWord + 1;
            } else {
                append(out, words[i]);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNumberWord(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(' ', start);
            if (end < 0) {
                end = text.length();
            }
            String w = text.substring(start, end);
            if (UNITS.containsKey(w) || MULTIPLIERS.containsKey(w) || w.contains("hundre") || w.contains("tusen")) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static String splitJoined(String text) {
        StringBuilder out = new StringBuilder();
        for (String w : text.split(" ")) {
            Matcher m = JOINED.matcher(w);
            if (m.matches() && (UNITS.containsKey(m.group(1)) || WEAK_UNITS.containsKey(m.group(1)))) {
                append(out, m.group(1) + " " + m.group(2) + (m.group(3) == null ? "" : " og") + (m.group(4).isEmpty() ? "" : " " + m.group(4)));
            } else {
                append(out, w);
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String word) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(word);
    }

    private static BigDecimal number(String whole, String fraction) {
        String digits = whole.replace(" ", "").replace(".", "").replace(",", "");
        return new BigDecimal(fraction == null ? digits : digits + "." + fraction);
    }
}
