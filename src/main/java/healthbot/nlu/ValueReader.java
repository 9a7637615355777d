package healthbot.nlu;

import healthbot.content.Lexicon;
import healthbot.rules.DurationUnit;
import healthbot.rules.SlotValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ages, birth years, durations, distances, amounts and yes/no out of normalised text in one
 * language, with patterns compiled once from that language's {@link Lexicon}. Digits are read the
 * same in every language; words (units, "born", "I am", number words) are the lexicon's. See
 * {@link EntityExtractor} for strict and lenient reading.
 */
final class ValueReader {

    private static final String NUM = "(\\d{1,3}(?:[ .]\\d{3})+|\\d+)(?:[.,](\\d{1,2}))?";
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("^\\D*((?:19|20)\\d\\d)\\D*$");
    private static final Pattern ONLY_NUMBER = Pattern.compile("^\\D{0,20}?" + NUM + "\\D{0,20}$");
    private static final Pattern NONE = Pattern.compile("(?!)");
    /** The lower end of a range of durations (group 1, or group 2 after "between"). */
    private static final String DURATION_NUM = "(\\d+(?:[.,]\\d{1,2})?)";

    private final String language;
    private final Pattern ageUnit;
    private final Pattern ageLead;
    private final Pattern birthYear;
    private final Pattern duration;
    /** A range of durations, "2-3 månader", "2 til 3 months", "mellom 2 og 3 veker": read as its lower end. */
    private final Pattern durationRange;
    private final Pattern halfYear;
    private final Pattern distance;
    private final Pattern kmAfter;
    private final Pattern moneyAfter;
    private final Pattern moneyBefore;
    private final Set<String> yes;
    private final Set<String> no;
    private final Set<String> negation;
    private final Set<String> monthWords;
    private final Set<String> weekWords;
    private final Set<String> yearWords;
    private final Set<String> dayWords;
    /** A number followed by a unit word of any language (duration, distance, money). */
    private final Pattern anyUnit;
    private final Set<String> milWords;
    private final Set<String> half;
    private final Map<String, Integer> counted = new HashMap<>();
    private final Quantities quantities;

    /**
     * @param lexicon the language's words
     * @param all     every language's lexicon: the words that say what an amount is, and the units an
     *                age is never followed by, are read in any language
     */
    ValueReader(Lexicon lexicon, Collection<Lexicon> all) {
        this.language = lexicon.language();
        Lexicon.Units u = lexicon.units();
        Lexicon.Age a = lexicon.age();
        List<String> notAge = new ArrayList<>();
        for (Lexicon l : all) {
            notAge.addAll(l.units().km());
            notAge.addAll(l.units().mil());
            notAge.addAll(l.units().moneyAfter());
            notAge.addAll(l.units().month());
            notAge.addAll(l.units().week());
            notAge.addAll(l.units().day());
        }
        List<String> everyUnit = new ArrayList<>(notAge);
        for (Lexicon l : all) {
            everyUnit.addAll(l.units().year());
        }
        this.ageUnit = a.unit().isEmpty() ? NONE : Pattern.compile((a.notAfter().isEmpty() ? "" : "(?<!" + alt(a.notAfter(), " ") + ")")
                + "\\b(\\d{1,3}) ?(?:-| )?(?:" + alt(a.unit(), "") + ")" + (a.after().isEmpty() ? "" : "(?: (?:" + alt(a.after(), "") + "))?") + "\\b");
        this.ageLead = a.before().isEmpty() ? NONE : Pattern.compile("\\b(?:" + alt(a.before(), "") + ") (\\d{1,3})\\b(?! ?(?:"
                + alt(notAge, "") + "))");
        this.birthYear = lexicon.born().isEmpty() ? NONE
                : Pattern.compile("\\b(?:" + alt(lexicon.born(), "") + ")\\D{0,12}((?:19|20)\\d\\d)\\b");
        counted.putAll(normalizedKeys(lexicon.numbers()));
        counted.putAll(normalizedKeys(lexicon.counted()));
        this.monthWords = normalized(u.month());
        this.weekWords = normalized(u.week());
        this.yearWords = normalized(u.year());
        this.dayWords = normalized(u.day());
        this.milWords = normalized(u.mil());
        this.half = normalized(lexicon.half());
        List<String> durationUnits = new ArrayList<>(u.month());
        durationUnits.addAll(u.week());
        durationUnits.addAll(u.year());
        durationUnits.addAll(u.day());
        String wordNumbers = counted.isEmpty() ? "" : "|(" + alt(counted.keySet(), "") + ")";
        String halfWords = half.isEmpty() ? "" : "(?: (?:" + alt(half, "") + "))?";
        this.duration = durationUnits.isEmpty() ? NONE : Pattern.compile("\\b(?:" + NUM + wordNumbers + ")" + halfWords
                + " ?(" + alt(durationUnits, "") + ")\\b");
        List<String> rangeWords = new ArrayList<>(lexicon.amounts().range());
        String low = counted.isEmpty() ? DURATION_NUM : "(\\d+(?:[.,]\\d{1,2})?|" + alt(counted.keySet(), "") + ")";
        String betweenRange = lexicon.amounts().between().isEmpty() || lexicon.joiners().isEmpty() ? ""
                : "|\\b(?:" + alt(lexicon.amounts().between(), "") + ") " + low + " (?:" + alt(lexicon.joiners(), "") + ") ";
        this.durationRange = durationUnits.isEmpty() ? NONE : Pattern.compile("(?:\\b" + low + " ?(?:-|–"
                + (rangeWords.isEmpty() ? "" : "| (?:" + alt(rangeWords, "") + ") ") + ") ?" + betweenRange + ")\\d+(?:[.,]\\d{1,2})?"
                + halfWords + " ?(?:" + alt(durationUnits, "") + ")\\b");
        this.halfYear = lexicon.halfYear().isEmpty() ? NONE : Pattern.compile("\\b(?:" + alt(lexicon.halfYear(), "") + ")\\b");
        List<String> distanceUnits = new ArrayList<>(u.km());
        distanceUnits.addAll(u.mil());
        this.distance = distanceUnits.isEmpty() ? NONE : Pattern.compile("\\b" + NUM + " ?(" + alt(distanceUnits, "") + ")\\b");
        this.kmAfter = u.km().isEmpty() ? NONE : Pattern.compile(" ?(?:" + alt(u.km(), "") + ")\\b");
        this.moneyAfter = u.moneyAfter().isEmpty() ? NONE : Pattern.compile(" ?(?:" + alt(u.moneyAfter(), "") + ")(?![a-z])");
        this.moneyBefore = u.moneyBefore().isEmpty() ? NONE : Pattern.compile("\\b(?:" + alt(u.moneyBefore(), "") + ")\\.? ?$");
        this.anyUnit = everyUnit.isEmpty() ? NONE : Pattern.compile("\\d ?(?:" + alt(everyUnit, "") + ")(?![\\p{L}\\d])");
        this.yes = normalized(lexicon.yes());
        this.no = normalized(lexicon.no());
        this.negation = normalized(lexicon.negation());
        this.quantities = new Quantities(words(lexicon, all));
    }

    String language() {
        return language;
    }

    private static Quantities.Words words(Lexicon lexicon, Collection<Lexicon> all) {
        Set<String> joiners = new LinkedHashSet<>();
        Set<String> total = new LinkedHashSet<>();
        Set<String> oneWay = new LinkedHashSet<>();
        Set<String> roundTrip = new LinkedHashSet<>();
        Set<String> approximately = new LinkedHashSet<>();
        Set<String> between = new LinkedHashSet<>();
        Set<String> range = new LinkedHashSet<>();
        Set<String> breaks = new LinkedHashSet<>();
        for (Lexicon l : all) {
            joiners.addAll(normalized(l.joiners()));
            Lexicon.Amounts a = l.amounts();
            total.addAll(normalized(a.total()));
            oneWay.addAll(normalized(a.oneWay()));
            roundTrip.addAll(normalized(a.roundTrip()));
            approximately.addAll(normalized(a.approximately()));
            approximately.addAll(normalized(l.units().km()));
            approximately.addAll(normalized(l.units().moneyAfter()));
            approximately.addAll(normalized(l.units().moneyBefore()));
            between.addAll(normalized(a.between()));
            range.addAll(normalized(a.range()));
            breaks.addAll(normalized(a.clauseBreaks()));
        }
        return new Quantities.Words(normalizedKeys(lexicon.numbers()), normalizedKeys(lexicon.beforeMultiplier()),
                normalizedKeys(lexicon.multipliers()), joiners, total, oneWay, roundTrip, approximately, between, range, breaks);
    }

    Integer age(String words, boolean lenient) {
        String text = quantities.wordsToDigits(words);
        Integer found = firstInt(ageUnit, text);
        if (found == null) {
            found = firstInt(ageLead, text);
        }
        if (found == null && lenient && !anyUnit.matcher(text).find()) {
            BigDecimal bare = bareNumber(text);
            found = bare == null || bare.scale() > 0 && bare.stripTrailingZeros().scale() > 0 ? null : bare.intValue();
        }
        return found != null && found >= 0 && found <= 120 ? found : null;
    }

    /** A year after "born" ("fødd i 1948", "born in nineteen eighty-five"), or, when lenient, the only year in the text. */
    Integer birthYear(String text, boolean lenient) {
        String digits = quantities.wordsToDigits(text);
        Integer found = firstInt(birthYear, digits);
        if (found == null && lenient) {
            found = firstInt(FOUR_DIGIT_YEAR, digits);
        }
        return found;
    }

    /**
     * A duration with the unit it was written in ("i 3 veker" is 3 WEEK, "to år" 2 YEAR), or, when
     * {@code lenient}, a bare number (months, the unit asked for), but never a number followed by
     * a unit of any language that this reader does not read ("3 km", "3 veker" to a reader without
     * "veker"): that is left to the other readers or asked again, not taken as months.
     */
    SlotValue.Duration duration(String text, boolean lenient) {
        String digits = quantities.wordsToDigits(text);
        Matcher m = duration.matcher(digits);
        boolean found = m.find();
        Matcher h = halfYear.matcher(digits);
        if (h.find() && (!found || h.start() <= m.start())) { // "half a year", but "to og et halvt år" is 2.5 years
            return new SlotValue.Duration(BigDecimal.valueOf(6), DurationUnit.MONTH);
        }
        Matcher range = durationRange.matcher(digits);
        if (found && range.find() && range.start() <= m.start() && range.end() >= m.end()) {
            // a range: its lower end, so the rule never grants more than the resident surely has
            String low = range.group(1) != null ? range.group(1) : range.group(2);
            BigDecimal lowEnd = Character.isDigit(low.charAt(0)) ? new BigDecimal(low.replace(',', '.')) : BigDecimal.valueOf(counted.get(low));
            return new SlotValue.Duration(lowEnd, durationUnit(m.group(m.groupCount())));
        }
        if (found) {
            BigDecimal amount = m.group(1) != null ? number(m.group(1), m.group(2))
                    : BigDecimal.valueOf(counted.get(m.groupCount() >= 4 ? m.group(3) : null));
            String unit = m.group(m.groupCount());
            if (!half.isEmpty() && m.group(0).length() > unit.length() && halfIn(m.group(0))) {
                amount = amount.add(new BigDecimal("0.5"));
            }
            return new SlotValue.Duration(amount, durationUnit(unit));
        }
        if (lenient && !anyUnit.matcher(digits).find()) {
            BigDecimal bare = bareNumber(digits);
            return bare == null || bare.signum() < 0 ? null : new SlotValue.Duration(bare, DurationUnit.MONTH);
        }
        return null;
    }

    private DurationUnit durationUnit(String word) {
        if (dayWords.contains(word)) {
            return DurationUnit.DAY;
        }
        if (weekWords.contains(word)) {
            return DurationUnit.WEEK;
        }
        return yearWords.contains(word) ? DurationUnit.YEAR : DurationUnit.MONTH;
    }

    private boolean halfIn(String match) {
        for (String h : half) {
            if (match.contains(" " + h)) {
                return true;
            }
        }
        return false;
    }

    /** The number of Norwegian mil the text gives a distance in ("12 mil": 12), or null when it is not in mil. */
    BigDecimal mil(String text) {
        Matcher m = distance.matcher(text);
        return m.find() && milWords.contains(m.group(3)) ? number(m.group(1), m.group(2)) : null;
    }

    BigDecimal distance(String text, boolean lenient) {
        Matcher m = distance.matcher(text);
        if (m.find() && milWords.contains(m.group(3))) {
            return number(m.group(1), m.group(2)).multiply(BigDecimal.TEN); // a Norwegian mil is 10 km
        }
        return quantities.find(text, kmAfter, NONE, lenient);
    }

    BigDecimal money(String text, boolean lenient) {
        return quantities.find(text, moneyAfter, moneyBefore, lenient);
    }

    /** The range {@link #distance} counted the middle of ("20-30 km"), or null. */
    Quantities.Range distanceRange(String text, boolean lenient) {
        Matcher m = distance.matcher(text);
        return m.find() && milWords.contains(m.group(3)) ? null : quantities.range(text, kmAfter, NONE, lenient);
    }

    /** The range {@link #money} counted the middle of ("200-300 kr"), or null. */
    Quantities.Range moneyRange(String text, boolean lenient) {
        return quantities.range(text, moneyAfter, moneyBefore, lenient);
    }

    /** The whole message as a yes or a no ("ja", "no it is not", "i have not"), or null. */
    Boolean yesNo(String text) {
        String t = text.replace(".", "").replace(",", "").replace("!", "").trim();
        if (yes.contains(t)) {
            return true;
        }
        if (no.contains(t)) {
            return false;
        }
        String[] words = t.split(" ");
        if (words.length == 0 || words.length > 8) {
            return null;
        }
        if (no.contains(words[0])) {
            return false;
        }
        for (String w : words) {
            if (negation.contains(w)) {
                return false;
            }
        }
        return yes.contains(words[0]) ? Boolean.TRUE : null;
    }

    String wordsToDigits(String normalized) {
        return quantities.wordsToDigits(normalized);
    }

    private static BigDecimal bareNumber(String text) {
        Matcher m = ONLY_NUMBER.matcher(text);
        return m.matches() ? number(m.group(1), m.group(2)) : null;
    }

    private static Integer firstInt(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return Integer.valueOf(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal number(String whole, String fraction) {
        String digits = whole.replace(" ", "").replace(".", "");
        return new BigDecimal(fraction == null ? digits : digits + "." + fraction);
    }

    /** The normalised words as one regex alternation, longest first; each followed by {@code suffix}. */
    private static String alt(Collection<String> words, String suffix) {
        Set<String> n = normalized(words);
        List<String> sorted = new ArrayList<>(n);
        sorted.sort((x, y) -> y.length() - x.length());
        List<String> quoted = new ArrayList<>();
        for (String w : sorted) {
            quoted.add(Pattern.quote(w + suffix));
        }
        return String.join("|", quoted);
    }

    static Set<String> normalized(Collection<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            String n = TextNormalizer.normalize(w);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    private static Map<String, Integer> normalizedKeys(Map<String, Integer> words) {
        Map<String, Integer> out = new HashMap<>();
        words.forEach((w, n) -> out.put(TextNormalizer.normalize(w), n));
        return out;
    }
}
