package edu.stanford.nlp.process;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

/**
 * CoreNLP's PTB lexer, kept and reset instead of rebuilt for every message. {@code PTBTokenizer}
 * constructs a new package-private {@code PTBLexer} per call, which allocates a 32 KB scan buffer
 * and parses its option string with regular expressions: three quarters of the bytes allocated
 * per message and a regex compilation on the hot path. This class lives in CoreNLP's package only
 * to reach that lexer; it tokenizes exactly as {@code PTBTokenizer} with a {@link WordTokenFactory}.
 * Not thread-safe: keep one per thread.
 */
public final class ReusablePtbLexer {

    private final PTBLexer lexer;

    public ReusablePtbLexer(String options) {
        lexer = new PTBLexer(new StringReader(""), new WordTokenFactory(), options);
    }

    /** Appends the tokens of {@code text} to {@code out}. */
    public void tokenize(String text, List<String> out) {
        lexer.yyreset(new StringReader(text));
        try {
            for (Object token = lexer.next(); token != null; token = lexer.next()) {
                out.add(((edu.stanford.nlp.ling.HasWord) token).word());
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
    }
}
