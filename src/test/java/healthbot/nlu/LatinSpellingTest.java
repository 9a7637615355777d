package healthbot.nlu;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Latin letters spelt back into a language's own script by its rules, longest match first. */
class LatinSpellingTest {

    private static final LatinSpelling RU = LatinSpelling.of(List.of("a а", "b б", "s с", "p п", "i и", "o о", "sh ш", "shch щ",
            "ch ч", "h х", "e е", "r р", "t т", "k к", "y ы", "ya я", "u у", "zh ж"));

    @Test
    void theLongestLatinSequenceWithARuleIsReplaced() {
        assertEquals("спасибо", RU.respell("spasibo"));
        assertEquals("борщ", LatinSpelling.of(List.of("b б", "o о", "r р", "shch щ", "sh ш", "ch ч", "h х")).respell("borshch"));
        assertEquals("я", RU.respell("ya"));
    }

    @Test
    void whatNoRuleCoversIsKept() {
        assertEquals("ушко 12, ок?", RU.respell("ushko 12, ok?"));
        assertEquals("3 - 4", RU.respell("3 - 4"));
    }

    @Test
    void aRuleThatIsNotTwoWordsIsRefusedWithTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LatinSpelling.of(List.of("zhж")));
        assertTrue(e.getMessage().contains("zhж"), e.getMessage());
    }

    @Test
    void noRulesMeansEmpty() {
        assertTrue(LatinSpelling.of(List.of()).isEmpty());
    }
}
