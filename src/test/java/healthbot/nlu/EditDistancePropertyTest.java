package healthbot.nlu;

import healthbot.testsupport.Gen;
import healthbot.testsupport.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The letters filter in front of the distance table never changes an answer: for any two words
 * and limit, {@code atMost} says what the full distance says. Words are drawn from a small
 * alphabet (with æøå and a Cyrillic letter) so near pairs are common.
 */
class EditDistancePropertyTest {

    record Pair(String a, String b, int limit) {}

    @Test
    void theLettersFilterNeverChangesWhetherTwoWordsAreWithinTheLimit() {
        Gen<String> words = Gen.strings(Gen.charsOf("abdeiknrstæøåж"), 0, 12);
        Property.forAll(Gen.zip(words, words, Gen.integers(0, 3), Pair::new))
                .tries(20_000)
                .check(p -> assertEquals(EditDistance.distance(p.a(), p.b()) <= p.limit(),
                        EditDistance.atMost(p.a(), p.b(), p.limit()), p.toString()));
    }

    @Test
    void aWordOneSwapOrOneLetterAwayPassesTheFilter() {
        assertEquals(true, EditDistance.atMost("dentsit", "dentist", 1));
        assertEquals(true, EditDistance.atMost("fysoterapeut", "fysioterapeut", 1));
        assertEquals(true, EditDistance.atMost("tannlege", "tannleg", 1));
        assertEquals(false, EditDistance.atMost("tannlege", "tanlleeg", 1));
    }
}
