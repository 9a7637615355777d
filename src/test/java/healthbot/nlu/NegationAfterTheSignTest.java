package healthbot.nlu;

import healthbot.TestBots;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A negation read after the sign ("brystsmerter har han ikke", "боли в груди нет") or carried over
 * "or" ("he isn't confused or slurring"), from the triage files' {@code negation} entries written
 * "… ikke" and "or …", on the shipped content; and the red signs whose negation is the sign, or
 * whose following negation is about something else, that must stay red.
 */
class NegationAfterTheSignTest {

    private static Assessment.Grade gradeOf(String message) {
        return TestBots.nlu().analyze(message).assessment().grade();
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" is negated")
    @CsvSource(delimiter = ';', value = {
            "en; he isnt confused or slurring",
            "en; my dad isn't confused or slurring, just tired",
            "en; any chest pain? not really",
            "en; chest pain? none at all",
            "nb; brystsmerter har han ikke",
            "nb; vondt i brystet har han ikke, men han hoster",
            "nb; pappa er ikke forvirret og snøvler ikke",
            "nb; brystsmerter har hun ikke i det hele tatt",
            "nb; munnen henger ikke og han snakker helt normalt",
            "nn; brystsmerter har ho ikkje",
            "nn; han er ikkje forvirra eller snøvlar",
            "ru; боли в груди нет",
            "ru; боли в груди у него нет",
            "uk; болю в грудях немає",
            "pl; bólu w klatce nie ma",
            "pl; bolu w klatce nie ma"})
    void aNegationAfterTheSignOrOverOrCancelsIt(String lang, String message) {
        assertEquals(Assessment.Grade.NONE, gradeOf(message), lang + ": " + message);
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" stays red")
    @CsvSource(delimiter = ';', value = {
            "en; he can't breathe",
            "en; she is not breathing",
            "en; he is not responding",
            "en; no pulse",
            "en; chest pain and no fever",
            "en; chest pain, no fever",
            "en; chest pain no fever",
            "en; he is not breathing or responding",
            "en; he has chest pain and none of the pills help",
            "nb; ikke kontakt",
            "nb; puster ikke",
            "nb; hun har vondt i brystet og puster ikke",
            "nb; brystsmerter har han ikke sagt noe om, men han er grå og svett",
            "nb; puls har han ikke",
            "nb; vondt i brystet har han ikke hatt før, men nå er han grå og svett",
            "nn; han pustar ikkje no",
            "nn; ho har vondt i brystet no",
            "ru; он не дышит",
            "ru; дыхания нет",
            "uk; пульсу немає",
            "pl; nie oddycha",
            "pl; oddechu nie ma"})
    void aNegationThatIsTheSignOrIsAboutSomethingElseKeepsItRed(String lang, String message) {
        assertEquals(Assessment.Grade.RED, gradeOf(message), lang + ": " + message);
    }
}
