package healthbot.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a language written in another script is spelt back from Latin letters ("spasibo" → "спасибо"),
 * by its lexicon's {@code latin.spelling} rules: each rule is "latin script" ("shch щ", "zh ж",
 * "a а"); at each position of a normalised message the longest Latin sequence with a rule is
 * replaced, and what no rule covers (digits, spaces, punctuation) is kept. The result need not be
 * the right spelling: it is read by a classifier of character n-grams and by the emergency words,
 * which are tolerant of a letter or two.
 */
final class LatinSpelling {

    private record Rule(String latin, String script) {}

    private final List<Rule> rules;

    private LatinSpelling(List<Rule> rules) {
        this.rules = rules;
    }

    /**
     * @param rules the lexicon's rules, "latin script" each
     * @throws IllegalArgumentException naming a rule that is not two words
     */
    static LatinSpelling of(List<String> rules) {
        List<Rule> out = new ArrayList<>();
        for (String r : rules) {
            String[] parts = r.strip().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("a Latin spelling rule is \"latin script\", such as \"zh ж\", not \"" + r + "\"");
            }
            out.add(new Rule(parts[0].toLowerCase(java.util.Locale.ROOT), parts[1]));
        }
        out.sort(Comparator.comparingInt((Rule x) -> x.latin().length()).reversed());
        return new LatinSpelling(List.copyOf(out));
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    /** {@code normalized} (lower case, see {@link TextNormalizer}) in the language's own script. */
    String respell(String normalized) {
        StringBuilder out = new StringBuilder(normalized.length());
        int i = 0;
        outer:
        while (i < normalized.length()) {
            for (Rule r : rules) {
                if (normalized.startsWith(r.latin(), i)) {
                    out.append(r.script());
                    i += r.latin().length();
                    continue outer;
                }
            }
            out.append(normalized.charAt(i++));
        }
        return out.toString();
    }
}
