package healthbot.nlu;

import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.process.ReusablePtbLexer;

import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's PTB tokenizer and {@link Morphology} lemmatiser over normalised text. English
 * inflections collapse ("registering" → "register"); Norwegian words mostly pass through, and
 * the character n-gram features take care of their endings.
 */
final class Tokenizer {

    private static final String PTB_OPTIONS = "invertible=false,ptb3Escaping=false,untokenizable=noneDelete,"
            + "splitHyphenated=true,americanize=false,normalizeParentheses=false";

    /** The PTB lexer and Morphology keep state, so each thread gets its own. */
    private static final ThreadLocal<ReusablePtbLexer> PTB = ThreadLocal.withInitial(() -> new ReusablePtbLexer(PTB_OPTIONS));
    private static final ThreadLocal<Morphology> MORPHOLOGY = ThreadLocal.withInitial(Morphology::new);

    private Tokenizer() {
    }

    /** Tokens of already-normalised text, lemmatised, punctuation dropped. */
    static List<String> tokens(String normalized) {
        List<String> words = new ArrayList<>(16);
        PTB.get().tokenize(normalized, words);
        List<String> out = new ArrayList<>(words.size());
        Morphology morphology = MORPHOLOGY.get();
        for (String word : words) {
            String token = TextNormalizer.trimPunctuation(word);
            if (token.isEmpty()) {
                continue;
            }
            out.add(isPlainWord(token) ? morphology.stem(token) : token);
        }
        return out;
    }

    private static boolean isPlainWord(String token) {
        if (token.length() < 4) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
