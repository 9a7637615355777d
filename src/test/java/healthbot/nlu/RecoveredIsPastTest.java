package healthbot.nlu;

import healthbot.TestBots;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A past phrase that holds a present word ("doing well now", "nå har hun det bra") is past: its
 * "now" does not count as the present that keeps a sign red, so an old event told with how the person
 * is today is history. A present word outside it still keeps the sign red.
 */
class RecoveredIsPastTest {

    private static Assessment.Grade gradeOf(String message) {
        return TestBots.nlu().analyze(message).assessment().grade();
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" is history")
    @CsvSource(delimiter = ';', value = {
            "en; years ago she tried to end her life, she is doing well now, can she keep her psychologist",
            "nb; for mange år siden prøvde han å ta livet sitt, nå har han det bra, trenger han ny fastlege",
            "nn; for fleire år sidan prøvde ho å ta livet sitt, no har ho det bra, kan ho byte fastlege"})
    void anOldEventWithHowThePersonIsNowIsGreen(String lang, String message) {
        assertEquals(Assessment.Grade.GREEN, gradeOf(message), lang + ": " + message);
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" stays red")
    @CsvSource(delimiter = ';', value = {
            "en; he had a stroke last year and now his face is drooping",
            "en; she tried to end her life years ago and now she says she will do it again tonight"})
    void aPresentWordOutsideThePastPhraseKeepsItRed(String lang, String message) {
        assertEquals(Assessment.Grade.RED, gradeOf(message), lang + ": " + message);
    }
}
