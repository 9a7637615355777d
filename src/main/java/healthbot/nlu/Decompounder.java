package healthbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Splits Norwegian compounds into words the bot knows: "tannlegevakt" → "tannlege" + "vakt",
 * "legevaktnummer" → "legevakt" + "nummer", "fastlegeordningen" → "fastlege" + "ordningen".
 * Only splits into parts that occur in the vocabulary, allowing a linking s or e.
 */
final class Decompounder {

    private static final int MIN_COMPOUND = 8;
    private static final int MIN_PART = 4;

    /** Definite and plural endings: vakten, nummeret, ordningen, legene. */
    private static final String[] ENDINGS = {"en", "et", "ene", "er", "a"};

    private final Set<String> vocabulary;

    Decompounder(Collection<String> vocabulary) {
        this.vocabulary = Set.copyOf(vocabulary);
    }

    /** The words compounds may be split into. */
    Set<String> vocabulary() {
        return vocabulary;
    }

    /** The tokens plus, for each compound, its known parts. */
    List<String> expand(List<String> tokens) {
        List<String> out = null;
        for (String token : tokens) {
            String[] parts = split(token);
            if (parts != null) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.add(parts[0]);
                out.add(parts[1]);
            }
        }
        return out == null ? tokens : out;
    }

    /** The longest known head with a known (or prefix-known) tail, or null. */
    String[] split(String token) {
        if (token.length() < MIN_COMPOUND) {
            return null;
        }
        for (int cut = token.length() - MIN_PART; cut >= MIN_PART; cut--) {
            String head = token.substring(0, cut);
            if (!vocabulary.contains(head)) {
                continue;
            }
            String tail = token.substring(cut);
            if (isKnownTail(tail)) {
                return new String[] {head, tail};
            }
            if ((tail.charAt(0) == 's' || tail.charAt(0) == 'e') && tail.length() > MIN_PART && isKnownTail(tail.substring(1))) {
                return new String[] {head, tail.substring(1)};
            }
        }
        return null;
    }

    private boolean isKnownTail(String tail) {
        if (vocabulary.contains(tail)) {
            return true;
        }
        for (String ending : ENDINGS) {
            if (tail.endsWith(ending) && tail.length() - ending.length() >= MIN_PART
                    && vocabulary.contains(tail.substring(0, tail.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }
}
