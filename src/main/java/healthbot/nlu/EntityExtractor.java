package healthbot.nlu;

import healthbot.rules.SlotType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds slot values in normalised text (see {@link TextNormalizer}). Two modes:
 * <ul>
 *   <li>strict: only values marked as what they are ("I'm 19", "born 2007", "200 km", "500 kr",
 *       "5 months", a place name), safe to pick out of any message;</li>
 *   <li>lenient: also a bare answer to the question just asked ("19", "ja", "2"), used only for the
 *       slot the bot is waiting for.</li>
 * </ul>
 * All patterns are compiled once; nothing here compiles or allocates much per message.
 */
public final class EntityExtractor {

    private static final String NUM = "(\\d{1,3}(?:[ .]\\d{3})+|\\d+)(?:[.,](\\d{1,2}))?";
    private static final String WORDNUM = "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "en|ett|et|to|tre|fire|fem|seks|sju|syv|atte|ni|ti|elleve|tolv|a|an)";

    private static final Pattern AGE_UNIT = Pattern.compile(
            "(?<!for |in |i |over |siden |last |past )\\b(\\d{1,3}) ?(?:-| )?(?:years?|yrs?|yo|ar|aar|arig|aring)(?: old| gammel)?\\b");
    private static final Pattern AGE_LEAD = Pattern.compile(
            "\\b(?:i am|im|i m|age|aged|alder|jeg er|han er|hun er|he is|she is|hes|shes|son is|daughter is|child is|"
                    + "baby is|kid is|sonn er|sonnen min er|sonnen er|datter er|datteren min er|datteren er|barnet er|barnet mitt er|"
                    + "turning|turned|turn|turns|fyller|blir|fylte|er na) (\\d{1,3})\\b(?! ?(?:km|kr|nok|kroner|months?|mnd|maneder|weeks?|uker|mil))");
    private static final Pattern BIRTH_YEAR = Pattern.compile(
            "\\b(?:born|fodt|fodd|birth year|year of birth|fodselsar|arskull)\\D{0,12}((?:19|20)\\d\\d)\\b");
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("^\\D*((?:19|20)\\d\\d)\\D*$");
    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:" + NUM + "|" + WORDNUM + ")(?: and a half| og en halv)? ?(months?|mnths?|mnd|maned|maneder|maaned|maaneder|weeks?|wks?|uke|uker|years?|yrs?|ar|aar)\\b");
    private static final Pattern HALF_YEAR = Pattern.compile("\\b(?:half a year|six months|et halvt ar|halvt ar|et halvar)\\b");
    private static final Pattern DISTANCE = Pattern.compile("\\b" + NUM + " ?(km|kms|kilometers?|kilometres?|mil)\\b");
    private static final Pattern KM_AFTER = Pattern.compile(" ?(?:km|kms|kilometers?|kilometres?|kilometer)\\b");
    private static final Pattern NO_UNIT_BEFORE = Pattern.compile("(?!)");
    private static final Pattern MONEY_UNIT_AFTER = Pattern.compile(" ?(?:nok|kr|kroner|krone|crowns|norwegian kroner|,-)(?![a-z])");
    private static final Pattern MONEY_UNIT_BEFORE = Pattern.compile("\\b(?:nok|kr\\.?) ?$");
    private static final Pattern ONLY_NUMBER = Pattern.compile("^\\D{0,20}?" + NUM + "\\D{0,20}$");

    private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "yup", "ya", "sure", "correct", "right",
            "true", "ja", "jo", "jepp", "japp", "absolutely", "definitely", "indeed", "stemmer", "riktig",
            "selvfolgelig", "of course", "i am", "i do", "i have", "it is", "that is right", "det stemmer",
            "ja takk", "yes please", "jeg er", "jeg har", "affirmative", "ok yes", "yess", "yas");
    private static final Set<String> NO = Set.of("no", "n", "nope", "nah", "not", "never", "nei", "ikke", "aldri",
            "no it is not", "i am not", "im not", "i do not", "i dont", "i have not", "i havent", "nei takk",
            "not really", "negative", "jeg er ikke", "jeg har ikke", "det stemmer ikke", "noo", "neh");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "ikke", "nei", "aldri", "dont",
            "isnt", "arent", "havent", "hasnt", "wasnt", "didnt", "doesnt");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("en", 1), Map.entry("ett", 1),
            Map.entry("et", 1), Map.entry("two", 2), Map.entry("to", 2), Map.entry("three", 3), Map.entry("tre", 3),
            Map.entry("four", 4), Map.entry("fire", 4), Map.entry("five", 5), Map.entry("fem", 5),
            Map.entry("six", 6), Map.entry("seks", 6), Map.entry("seven", 7), Map.entry("sju", 7),
            Map.entry("syv", 7), Map.entry("eight", 8), Map.entry("atte", 8), Map.entry("nine", 9),
            Map.entry("ni", 9), Map.entry("ten", 10), Map.entry("ti", 10), Map.entry("eleven", 11),
            Map.entry("elleve", 11), Map.entry("twelve", 12), Map.entry("tolv", 12));

    /** A region and the normalised place names that mean it. */
    public record RegionNames(String id, List<String> names) {}

    private final List<RegionNames> regions = new ArrayList<>();

    public EntityExtractor(List<RegionNames> regions) {
        for (RegionNames r : regions) {
            this.regions.add(new RegionNames(r.id(), r.names().stream().map(TextNormalizer::normalize).toList()));
        }
    }

    /**
     * @param type          what to look for
     * @param normalized    the message after {@link TextNormalizer#normalize}
     * @param lenient       whether a bare answer counts (only for the slot just asked)
     * @param choiceLabels  for CHOICE: choice id to its labels (any language); ignored otherwise
     */
    public Optional<Object> extract(SlotType type, String normalized, boolean lenient, Map<String, List<String>> choiceLabels) {
        return Optional.ofNullable(switch (type) {
            case AGE -> age(normalized, lenient);
            case BIRTH_YEAR -> birthYear(normalized, lenient);
            case MONTHS -> months(normalized, lenient);
            case KM -> distance(normalized, lenient);
            case MONEY -> money(normalized, lenient);
            case YES_NO -> lenient ? yesNo(normalized) : null;
            case REGION -> region(normalized);
            case CHOICE -> lenient ? choice(normalized, choiceLabels) : null;
        });
    }

    Integer age(String text, boolean lenient) {
        Integer found = firstInt(AGE_UNIT, text);
        if (found == null) {
            found = firstInt(AGE_LEAD, text);
        }
        if (found == null && lenient) {
            BigDecimal bare = bareNumber(text);
            found = bare == null || bare.scale() > 0 && bare.stripTrailingZeros().scale() > 0 ? null : bare.intValue();
        }
        return found != null && found >= 0 && found <= 120 ? found : null;
    }

    Integer birthYear(String text, boolean lenient) {
        Integer found = firstInt(BIRTH_YEAR, text);
        if (found == null && lenient) {
            found = firstInt(FOUR_DIGIT_YEAR, text);
        }
        return found;
    }

    Integer months(String text, boolean lenient) {
        if (HALF_YEAR.matcher(text).find()) {
            return 6;
        }
        Matcher m = DURATION.matcher(text);
        if (m.find()) {
            double amount = m.group(1) != null ? number(m.group(1), m.group(2)).doubleValue() : NUMBER_WORDS.get(m.group(3));
            if (m.group(0).contains(" and a half") || m.group(0).contains(" og en halv")) {
                amount += 0.5;
            }
            String unit = m.group(4);
            if (unit.startsWith("w") || unit.startsWith("uke")) {
                return (int) Math.floor(amount * 7 / 30.44);
            }
            if (unit.startsWith("y") || unit.equals("ar") || unit.equals("aar")) {
                return (int) Math.round(amount * 12);
            }
            return (int) Math.floor(amount);
        }
        if (lenient) {
            BigDecimal bare = bareNumber(text);
            return bare == null ? null : bare.intValue();
        }
        return null;
    }

    BigDecimal distance(String text, boolean lenient) {
        Matcher m = DISTANCE.matcher(text);
        if (m.find() && m.group(3).equals("mil")) {
            return number(m.group(1), m.group(2)).multiply(BigDecimal.TEN); // a Norwegian mil is 10 km
        }
        return Quantities.find(text, KM_AFTER, NO_UNIT_BEFORE, lenient);
    }

    BigDecimal money(String text, boolean lenient) {
        return Quantities.find(text, MONEY_UNIT_AFTER, MONEY_UNIT_BEFORE, lenient);
    }

    Boolean yesNo(String text) {
        String t = text.replace(".", "").replace(",", "").replace("!", "").trim();
        if (YES.contains(t)) {
            return true;
        }
        if (NO.contains(t)) {
            return false;
        }
        String[] words = t.split(" ");
        if (words.length == 0 || words.length > 8) {
            return null;
        }
        if (NO.contains(words[0])) {
            return false;
        }
        for (String w : words) {
            if (NEGATIONS.contains(w)) {
                return false;
            }
        }
        return YES.contains(words[0]) ? Boolean.TRUE : null;
    }

    String region(String text) {
        String padded = " " + text.replace(',', ' ').replace('.', ' ').replace('/', ' ') + " ";
        for (RegionNames r : regions) {
            for (String name : r.names()) {
                if (padded.contains(" " + name + " ")) {
                    return r.id();
                }
            }
        }
        return null;
    }

    /** An exact label, an id, a list number ("2"), or the one choice whose label words the text uses. */
    String choice(String text, Map<String, List<String>> choiceLabels) {
        String bestId = null;
        int bestScore = 0;
        boolean tie = false;
        Set<String> words = Set.copyOf(Arrays.asList(text.split(" "))); // "car car" repeats a word
        int index = 0;
        for (Map.Entry<String, List<String>> e : choiceLabels.entrySet()) {
            index++;
            if (text.equals(e.getKey().replace('_', ' ')) || text.equals(String.valueOf(index))) {
                return e.getKey();
            }
            for (String label : e.getValue()) {
                String normalizedLabel = TextNormalizer.normalize(label);
                if (text.equals(normalizedLabel)) {
                    return e.getKey();
                }
                int score = 0;
                for (String w : normalizedLabel.split(" ")) {
                    if (w.length() >= 3 && (words.contains(w) || containsSimilar(words, w))) {
                        score++;
                    }
                }
                if (score > bestScore) {
                    bestScore = score;
                    bestId = e.getKey();
                    tie = false;
                } else if (score == bestScore && score > 0 && !e.getKey().equals(bestId)) {
                    tie = true;
                }
            }
        }
        return tie ? null : bestId;
    }

    private static boolean containsSimilar(Set<String> words, String labelWord) {
        if (labelWord.length() < 5) {
            return false;
        }
        for (String w : words) {
            if (w.length() >= 4 && (labelWord.startsWith(w) || w.startsWith(labelWord)
                    || EditDistance.atMost(w, labelWord, 1))) {
                return true;
            }
        }
        return false;
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
}
