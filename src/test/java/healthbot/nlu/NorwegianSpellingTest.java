package healthbot.nlu;

import healthbot.content.ContentLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NorwegianSpellingTest {

    private static Nlu nlu;

    @BeforeAll
    static void train() {
        nlu = Nlu.train(ContentLoader.load(Path.of("intents")));
    }

    @ParameterizedTest
    @CsvSource({"Bærum,baerum", "tannlegevakt på lørdag,tannlegevakt pa lordag", "FØDT,fodt", "Østfold,ostfold", "Hvor går jeg?,hvor gar jeg"})
    void norwegianLettersAndTheirAsciiSpellingsMeet(String written, String ascii) {
        assertEquals(TextNormalizer.normalize(ascii), TextNormalizer.normalize(written));
    }

    @Test
    void compoundsSplitIntoKnownParts() {
        Decompounder d = new Decompounder(List.of("tannlege", "vakt", "legevakt", "nummer", "fastlege", "ordning"));
        assertArrayEquals(new String[] {"tannlege", "vakt"}, d.split("tannlegevakt"));
        assertArrayEquals(new String[] {"legevakt", "nummer"}, d.split("legevaktnummer"));
        assertArrayEquals(new String[] {"fastlege", "ordningen"}, d.split("fastlegeordningen"));
    }

    @ParameterizedTest
    @CsvSource({
            "tannlegevaktnummeret,emergency_dentist",
            "tannlegevakta i østfold,emergency_dentist",
            "legevaktnummer,legevakt",
            "legevakt nummer,legevakt",
            "legevakta,legevakt",
            "fastlegeordningen,gp_register",
            "fastlge,gp_register",
            "fysioterapaut pris,physio_charge",
            "tannlege gratis for barn,dental_free",
            "tanlege gratis for barn,dental_free",
            "trenger tolk hos legen,interpreter",
            "116 117,legevakt",
            "what is 116 117,legevakt",
            "69 11 77 99,emergency_dentist"})
    void compoundsAndMisspellingsReachTheirIntent(String message, String intent) {
        assertEquals(intent, nlu.analyze(message).prediction().intent(), message);
    }

    @ParameterizedTest
    @CsvSource({"hvor er legevakten", "jeg trenger fastlege", "er tannlegen gratis", "hva koster fysioterapi", "tannlegevakt", "takk skal du ha",
            "kan jeg fa tolk", "min sonn er 15"})
    void norwegianMessagesAreDetectedAsNorwegian(String message) {
        assertEquals("nb", nlu.analyze(message).language(), message);
    }
}
