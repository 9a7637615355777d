package healthbot.nlu;

import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.ReusablePtbLexer;
import edu.stanford.nlp.process.WordTokenFactory;
import healthbot.TestBots;
import healthbot.content.Intent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReusablePtbLexerTest {

    private static final String OPTIONS = "invertible=false,ptb3Escaping=false,untokenizable=noneDelete,"
            + "splitHyphenated=true,americanize=false,normalizeParentheses=false";

    @Test
    void oneLexerReusedForEveryExampleTokenizesExactlyAsAFreshPtbTokenizer() {
        ReusablePtbLexer reused = new ReusablePtbLexer(OPTIONS);
        List<String> texts = new ArrayList<>(List.of("e.g. 2.30 kr", "don't", "19-year-old", "(a) \"b\"", "", "😀 x"));
        for (Intent intent : TestBots.content().intents()) {
            intent.allExamples().forEach(e -> texts.add(TextNormalizer.normalize(e)));
        }
        for (String text : texts) {
            List<String> fresh = new ArrayList<>();
            for (Word w : PTBTokenizer.factory(new WordTokenFactory(), OPTIONS).getTokenizer(new StringReader(text)).tokenize()) {
                fresh.add(w.word());
            }
            List<String> again = new ArrayList<>();
            reused.tokenize(text, again);
            assertEquals(fresh, again, "tokens of \"" + text + "\"");
        }
    }
}
