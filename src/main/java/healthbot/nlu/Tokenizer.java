package healthbot.nlu;

import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordTokenFactory;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's PTB tokenizer and {@link Morphology} lemmatiser over normalised text. English
 * inflections collapse ("registering" → "register"); Norwegian words mostly pass through, and
 * the character n-gram features take care of their endings.
 */
final class Tokenizer {

    private static final TokenizerFactory<Word> PTB = PTBTokenizer.factory(new WordTokenFactory(),
            "invertible=false,ptb3Escaping=false,untokenizable=noneDelete,splitHyphenated=true,americanize=false,normalizeParentheses=false");

    /** Morphology keeps lexer state, so each thread gets its own. */
    private static final ThreadLocal<Morphology> MORPHOLOGY = ThreadLocal.withInitial(Morphology::new);

    private Tokenizer() {
    }

    /** Tokens of already-normalised text, lemmatised, punctuation dropped. */
    static List<String> tokens(String normalized) {
        List<Word> words = PTB.getTokenizer(new StringReader(normalized)).tokenize();
        List<String> out = new ArrayList<>(words.size());
        Morphology morphology = MORPHOLOGY.get();
        for (Word w : words) {
            String token = stripPunctuation(w.word());
            if (token.isEmpty()) {
                continue;
            }
            out.add(isPlainWord(token) ? morphology.stem(token) : token);
        }
        return out;
    }

    private static String stripPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
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
