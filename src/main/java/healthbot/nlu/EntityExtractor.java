package healthbot.nlu;

import healthbot.content.Lexicon;
import healthbot.rules.SlotType;
import healthbot.rules.SlotValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds slot values in normalised text (see {@link TextNormalizer}). Two modes:
 * <ul>
 *   <li>strict: only values marked as what they are ("I'm 19", "born 2007", "200 km", "500 kr",
 *       "5 months", a place name), safe to pick out of any message;</li>
 *   <li>lenient: also a bare answer to the question just asked ("19", "ja", "2"), used only for the
 *       slot the bot is waiting for.</li>
 * </ul>
 * Words are read by language ({@link ValueReader}, one per lexicon): the languages the message is
 * likely in first (its own, then the chat's), then every other, except that number words count only
 * in the likely ones ("to" is two in Norwegian, not in English) and unit words of the other
 * languages only when unmistakable ({@link UnitWords}). A value marked by its unit in any language
 * wins over a bare answer ("i 3 veker" is three weeks in a Bokmål chat, not a bare 3). Patterns are
 * compiled once; nothing here compiles or allocates much per message.
 */
public final class EntityExtractor {

    /** A region and the normalised place names that mean it. */
    public record RegionNames(String id, List<String> names) {}

    /** The regions with their place names normalised and padded with a space on each side (" sarpsborg "). */
    private final List<RegionNames> regions = new ArrayList<>();
    /**
     * language code to its reader (with number words) and its reader of digits only, each built the
     * first time a message needs it: only flows read values (compiling all twenty readers' patterns
     * was about 140 ms of CPU at every start, before any message had asked for one).
     */
    private final Map<String, Lazy> readers = new LinkedHashMap<>();
    private final Map<String, Lazy> digitReaders = new LinkedHashMap<>();

    /** A reader built once, on first use, by whichever thread needs it first. */
    private static final class Lazy {
        private final java.util.function.Supplier<ValueReader> build;
        private volatile ValueReader built;

        Lazy(java.util.function.Supplier<ValueReader> build) {
            this.build = build;
        }

        ValueReader get() {
            ValueReader r = built;
            if (r == null) {
                synchronized (this) {
                    r = built;
                    if (r == null) {
                        r = build.get();
                        built = r;
                    }
                }
            }
            return r;
        }
    }

    /**
     * @param regions  the regions and their place names
     * @param lexicons every language's lexicon, in the content's order
     */
    public EntityExtractor(List<RegionNames> regions, Collection<Lexicon> lexicons) {
        for (RegionNames r : regions) {
            this.regions.add(new RegionNames(r.id(), r.names().stream().map(n -> " " + TextNormalizer.normalize(n) + " ").toList()));
        }
        Set<String> ambiguous = UnitWords.ambiguous(lexicons);
        List<Lexicon> all = List.copyOf(lexicons);
        for (Lexicon l : all) {
            readers.put(l.language(), new Lazy(() -> new ValueReader(l, all)));
            digitReaders.put(l.language(), new Lazy(() -> new ValueReader(withoutNumberWords(l, ambiguous), all)));
        }
    }

    /**
     * @param type         what to look for
     * @param normalized   the message after {@link TextNormalizer#normalize}
     * @param lenient      whether a bare answer counts (only for the slot just asked)
     * @param choiceLabels for CHOICE: choice id to its labels (any language); ignored otherwise
     * @param languages    the languages the message is likely written in, most likely first (its own, the
     *                     chat's); number words are read in these only. Empty: the content's first language
     */
    public Optional<SlotValue> extract(SlotType type, String normalized, boolean lenient,
                                       Map<String, List<String>> choiceLabels, List<String> languages) {
        SlotValue marked = read(type, normalized, false, choiceLabels, languages);
        return Optional.ofNullable(marked != null || !lenient ? marked : read(type, normalized, true, choiceLabels, languages));
    }

    /**
     * One reading pass. The strict pass goes through every language (a value marked by its unit,
     * "3 veker", is what it says whichever language the chat is in); only then does the lenient
     * pass take a bare answer, so "i 3 veker" in a Bokmål chat is never read as a bare 3.
     */
    private SlotValue read(SlotType type, String normalized, boolean lenient, Map<String, List<String>> choiceLabels,
                           List<String> languages) {
        return switch (type) {
            case AGE -> whole(first(languages, r -> r.age(normalized, lenient)));
            case BIRTH_YEAR -> whole(yearInAnyLanguage(languages, r -> r.birthYear(normalized, lenient)));
            case MONTHS -> first(languages, r -> r.duration(normalized, lenient));
            case KM -> decimal(first(languages, r -> r.distance(normalized, lenient)));
            case MONEY -> decimal(first(languages, r -> r.money(normalized, lenient)));
            case YES_NO -> lenient ? yesNo(first(languages, r -> r.yesNo(normalized))) : null;
            case REGION -> id(region(normalized));
            case CHOICE -> lenient ? id(choice(normalized, choiceLabels)) : null;
        };
    }

    /**
     * The number of Norwegian mil a distance was written in ("12 mil", read as 120 km), or empty
     * when it was written otherwise; the reply says how it was read.
     */
    public Optional<BigDecimal> milGiven(String normalized, List<String> languages) {
        return Optional.ofNullable(first(languages, r -> r.mil(normalized)));
    }

    /**
     * The range a distance or an amount was counted the middle of ("200-300 kr" counted as 250),
     * or empty when the value was one number or the slot takes no amount; the reply says how it
     * was read.
     */
    public Optional<ReadRange> rangeGiven(SlotType type, String normalized, boolean lenient, List<String> languages) {
        // the reader that gives the value (as extract finds it) tells whether it came from a range
        Optional<Quantities.Range> r = switch (type) {
            case KM -> first(languages, v -> v.distance(normalized, lenient) == null ? null
                    : Optional.ofNullable(v.distanceRange(normalized, lenient)));
            case MONEY -> first(languages, v -> v.money(normalized, lenient) == null ? null
                    : Optional.ofNullable(v.moneyRange(normalized, lenient)));
            default -> null;
        };
        return r == null ? Optional.empty() : r.map(x -> new ReadRange(x.low(), x.high(), x.counted()));
    }

    /** A value read from a range: its ends and the middle that was counted. */
    public record ReadRange(BigDecimal low, BigDecimal high, BigDecimal counted) {}

    /** The whole message as a yes or a no in any language (the likely ones first), or empty. */
    public Optional<Boolean> yesNo(String normalized, List<String> languages) {
        return Optional.ofNullable(first(languages, r -> r.yesNo(normalized)));
    }

    /** The first value a reader finds: the likely languages first (with number words), then the others (digits only). */
    private <T> T first(List<String> languages, java.util.function.Function<ValueReader, T> read) {
        List<String> likely = languages.isEmpty() && !readers.isEmpty() ? List.of(readers.keySet().iterator().next()) : languages;
        for (String language : likely) {
            Lazy r = readers.get(language);
            T value = r == null ? null : read.apply(r.get());
            if (value != null) {
                return value;
            }
        }
        for (Map.Entry<String, Lazy> e : digitReaders.entrySet()) {
            if (!likely.contains(e.getKey())) {
                T value = read.apply(e.getValue().get());
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    /**
     * {@link #first}, and then a year written in the number words of any other language
     * ("totusenogsju" in an English chat): number words of an unlikely language are read only when
     * they make a whole year, so "to" (two in Norwegian) in an English message is never one.
     */
    private Integer yearInAnyLanguage(List<String> languages, java.util.function.Function<ValueReader, Integer> read) {
        Integer found = first(languages, read);
        if (found != null) {
            return found;
        }
        for (Map.Entry<String, Lazy> e : readers.entrySet()) {
            if (!languages.contains(e.getKey())) {
                Integer year = read.apply(e.getValue().get());
                if (year != null && year >= 1900 && year <= 2099) {
                    return year;
                }
            }
        }
        return null;
    }

    private static SlotValue whole(Integer value) {
        return value == null ? null : new SlotValue.Whole(value);
    }

    private static SlotValue decimal(BigDecimal value) {
        return value == null ? null : new SlotValue.Decimal(value);
    }

    private static SlotValue yesNo(Boolean value) {
        return value == null ? null : new SlotValue.YesNo(value);
    }

    private static SlotValue id(String value) {
        return value == null ? null : new SlotValue.Id(value);
    }

    String region(String text) {
        String padded = " " + text.replace(',', ' ').replace('.', ' ').replace('/', ' ') + " ";
        for (RegionNames r : regions) {
            for (String name : r.names()) {
                if (padded.contains(name)) {
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

    /** "three hundred" → "300" by the first language's number words (tests). */
    String wordsToDigits(String normalized, String language) {
        return readers.get(language).get().wordsToDigits(normalized);
    }

    /** The lexicon as read when the message is not likely in it: digits only, and only its unmistakable unit words. */
    private static Lexicon withoutNumberWords(Lexicon l, Set<String> ambiguous) {
        return new Lexicon(l.language(), l.cues(), l.letters(), l.negation(), l.yes(), l.no(), l.refusals(), l.stop(),
                l.resume(), Map.of(), Map.of(), Map.of(), l.joiners(), Map.of(), l.half(), l.halfYear(),
                UnitWords.unmistakable(l.units(), ambiguous), l.age(),
                l.born(), l.amounts(), l.regionOther(), l.relatives(), l.hedges(), l.emergency(), l.commonWords(), l.outside(), l.evidence());
    }
}
