package healthbot.nlu;

import healthbot.TestBots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The compositional layer: a vital function ("breathing", "wake", "pusten") and a failure or severity
 * marker ("barely", "can't", "won't stop", "nesten ikke") joined by {@code ~} count when they are in one
 * clause within {@value SignMatcher#CLAUSE_WINDOW} words, whatever else the sentence says; a comma, a full
 * stop or a clause word ("and", "but", "og", "men") between them keeps them apart, and the guards apply
 * (negation, past, figures of speech, and a sign asked about rather than happening). Every message
 * here was written for this test, none matches a sign of the enumerated lists on its own.
 */
class ComposedSignsTest {

    private static Assessment.Grade gradeOf(String message) {
        return TestBots.nlu().analyze(message).assessment().grade();
    }

    @Test
    void thePartsJoinedByATildeAreMarkedAsOneClause() {
        assertArrayEquals(new byte[] {SignMatcher.NEAR, SignMatcher.CLAUSE}, SignMatcher.joins("@v_breath ~ @m_fail", 2));
        assertArrayEquals(new byte[] {SignMatcher.NEAR, SignMatcher.NEAR, SignMatcher.ANYWHERE, SignMatcher.CLAUSE},
                SignMatcher.joins("a + b & c ~ d", 4));
        assertArrayEquals(new boolean[] {false, false}, SignMatcher.anywhere("@v_breath ~ @m_fail", 2));
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" is red")
    @CsvSource(delimiter = ';', value = {
            "en; my uncle is propped up on the pillows and his breaths keep pausing",
            "en; the old man next door is in his garden chair and we can hardly rouse him",
            "en; the blood just keeps coming through the plaster on his shin",
            "nb; tante sitter i stolen og pusten hennes stopper i lange perioder",
            "nn; onkel sit i stolen og pusten hans stoppar heile tida"})
    void aFunctionAndAFailureInOneClauseAreRed(String lang, String message) {
        assertEquals(Assessment.Grade.RED, gradeOf(message), lang + ": " + message);
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" is not red")
    @CsvSource(delimiter = ';', value = {
            "en; my uncle can't come to the appointment, his breathing check went fine last week",
            "en; we are doing a course on what to do if a baby stops breathing, is it free",
            "en; he doesnt have any trouble breathing, just a sore ear",
            "en; my uncle cant come to the appointment on monday, can i move it",
            "nb; vi vil ta et kurs i hva man gjør hvis pusten stopper",
            "nn; han har ikkje vanskeleg for å puste, berre vondt i øyret"})
    void apartInTheSentenceNegatedOrAskedAboutItIsNot(String lang, String message) {
        assertNotEquals(Assessment.Grade.RED, gradeOf(message), lang + ": " + message);
    }
}
