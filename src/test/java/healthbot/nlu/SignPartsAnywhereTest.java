package healthbot.nlu;

import healthbot.TestBots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A sign part joined by {@code &} may be anywhere in the message, not only in the first part's
 * sentence and 12-word window: a story tells the warning sign long after the event ("hit her head on
 * the table edge an hour ago and now one of her pupils is bigger"), a farewell far from the means. On
 * the shipped content, with the near misses that must stay below red.
 */
class SignPartsAnywhereTest {

    private static Assessment.Grade gradeOf(String message) {
        return TestBots.nlu().analyze(message).assessment().grade();
    }

    @Test
    void thePartsJoinedByAnAmpersandAreMarked() {
        assertArrayEquals(new boolean[] {false, false, true}, SignMatcher.anywhere("@headblow + @headpart & @headwarn", 3));
        assertArrayEquals(new boolean[] {false, true}, SignMatcher.anywhere("a|b & c", 2));
        assertArrayEquals(new boolean[] {false}, SignMatcher.anywhere("slurring", 1));
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" is red")
    @CsvSource(delimiter = ';', value = {
            "en; my nephew slammed his head into the pool wall this afternoon, we thought he was fine and played on, but over dinner he started throwing up",
            "en; she keeps telling me she is tired of living and honestly i dont know what to do because tonight i noticed that the sleeping pills are gone from the cabinet",
            "nb; sønnen min slo hodet i fotballkampen i formiddag, vi trodde alt var greit, men nå i kveld kaster han opp",
            "nn; dottera mi slo hovudet i huska i dag tidleg, vi trudde det gjekk bra, men no i kveld kastar ho opp"})
    void aWarningSignLaterInTheStoryIsRead(String lang, String message) {
        assertEquals(Assessment.Grade.RED, gradeOf(message), lang + ": " + message);
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" is not red")
    @CsvSource(delimiter = ';', value = {
            "en; my son had a concussion as a toddler, now he is 12 and throws up when he travels by car, should we see the gp",
            "en; he hit his head last week, no vomiting, no drowsiness, is physio free",
            "nb; han slo hodet, men har ikke kastet opp og er ikke trøtt"})
    void aWarningSignNegatedOrInThePastIsNot(String lang, String message) {
        assertEquals(false, gradeOf(message) == Assessment.Grade.RED, lang + ": " + message + " " + List.of(gradeOf(message)));
    }
}
