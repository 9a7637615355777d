package healthbot.nlu;

import healthbot.content.Lexicon;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which unit words may be read outside their own language. A resident may answer a Bokmål
 * question with a Nynorsk "veker" or an English "weeks", so the unit words of every lexicon are
 * read; but a short word ("m", Lithuanian metai; "d") or one two lexicons give different units
 * would be a guess outside its language, so only words of at least {@value #MIN_CHARS} letters
 * that every lexicon gives the same unit are.
 */
final class UnitWords {

    private static final int MIN_CHARS = 3;

    private UnitWords() {
    }

    /** Normalised unit words that are short or mean different units in different lexicons. */
    static Set<String> ambiguous(Collection<Lexicon> lexicons) {
        Map<String, String> unitOf = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Lexicon l : lexicons) {
            Lexicon.Units u = l.units();
            Map<String, List<String>> byUnit = Map.of("year", u.year(), "month", u.month(), "week", u.week(),
                    "day", u.day(), "km", u.km(), "mil", u.mil(), "money", concat(u.moneyAfter(), u.moneyBefore()));
            byUnit.forEach((unit, words) -> {
                for (String w : words) {
                    String n = TextNormalizer.normalize(w);
                    String before = unitOf.putIfAbsent(n, unit);
                    if (n.length() < MIN_CHARS || before != null && !before.equals(unit)) {
                        ambiguous.add(n);
                    }
                }
            });
        }
        return ambiguous;
    }

    /** The units without the ambiguous words (money words are kept: "kr" is kroner in every lexicon). */
    static Lexicon.Units unmistakable(Lexicon.Units u, Set<String> ambiguous) {
        return new Lexicon.Units(keep(u.year(), ambiguous), keep(u.month(), ambiguous), keep(u.week(), ambiguous),
                keep(u.day(), ambiguous), u.km(), keep(u.mil(), ambiguous), u.moneyAfter(), u.moneyBefore());
    }

    private static List<String> keep(List<String> words, Set<String> ambiguous) {
        return words.stream().filter(w -> !ambiguous.contains(TextNormalizer.normalize(w))).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
