package healthbot.dialogue;

import healthbot.content.Lexicon;
import healthbot.nlu.TextNormalizer;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The words that stop or continue a question, in every language at once (a whole message, normalised:
 * "stop", "avbryt", "never mind"; "continue", "fortsett"): from the lexicons' {@code stop} and
 * {@code continue} lists.
 */
final class CommandWords {

    private final Set<String> stop = new HashSet<>();
    private final Set<String> resume = new HashSet<>();

    CommandWords(Collection<Lexicon> lexicons) {
        for (Lexicon l : lexicons) {
            l.stop().forEach(w -> stop.add(TextNormalizer.normalize(w)));
            l.resume().forEach(w -> resume.add(TextNormalizer.normalize(w)));
        }
    }

    boolean stop(String normalized) {
        return stop.contains(normalized);
    }

    boolean resume(String normalized) {
        return resume.contains(normalized);
    }
}
