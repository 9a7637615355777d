package healthbot.nlu;

import healthbot.TestBots;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trigger half of the emergency policy, on the shipped lexicons' emergency words and common words (see {@link EmergencyDetector}). */
class EmergencyPolicyTest {

    private static Assessment.Grade cueOf(String message) {
        return TestBots.nlu().analyze(message).assessment().grade();
    }

    /** A detector of one describing trigger, guarded by the shipped lexicons' common words and these everyday texts. */
    private static EmergencyDetector detector(String trigger, String... everyday) {
        java.util.List<String> common = new java.util.ArrayList<>();
        TestBots.content().lexicons().values().forEach(l -> common.addAll(l.commonWords()));
        return new EmergencyDetector(java.util.List.of(trigger), java.util.List.of(), common, java.util.List.of(everyday));
    }

    private static boolean fires(EmergencyDetector detector, String word) {
        return detector.assess(word).emergencyWords();
    }

    @ParameterizedTest(name = "\"{0}\" describes an emergency")
    @ValueSource(strings = {
            "my husband can't breathe", "someone is having a heart atack", "he overdosed", "my son is having seizures",
            "she is unconcious", "my dad collapsed", "he is choking", "my friend is dying",
            "help my baby stopped breathing", "she fainted and is not responding", "toddler swallowed tablets",
            "jeg vil ta livet mitt", "han puster ikke", "hun er bevisstlos", "min mor har brystsmerter",
            "pappa har fått hjerneslg", "barnet svelget noe", "noen har falt om", "trafikkulykke på E18",
            "selvmordstanker, vil dø", "hjertestanss", "livstruende allergisk reaksjon"})
    void triggersThatMustFireIncludingTyposInBothLanguages(String message) {
        assertEquals(Assessment.Grade.RED, cueOf(message));
    }

    @ParameterizedTest(name = "\"{0}\" only names an emergency")
    @ValueSource(strings = {"emergency", "call 113", "ambulanse nå", "is only emergency treatment covered",
            "akutt tannbehandling", "emergancy number", "emergncy!!", "nødnummer"})
    void namingWordsAreTriggersOfTheirOwnKind(String message) {
        assertEquals(Assessment.Grade.NAMED, cueOf(message));
    }

    @ParameterizedTest(name = "\"{0}\" has no trigger")
    @ValueSource(strings = {
            "I want to cancel my internet subscription", "how are you doing today", "what are you doing",
            "what's the cooking time for the cake", "please add a song by the kramer brothers",
            "please move $100 from my checking to saving account", "flip a coin i choose heads", "please begin a timer",
            "I think I lost my phone", "set an alarm for 7", "what is the drying time for paint",
            "kanseller alle alarmer", "spill litt musikk", "hvordan blir været i morgen", "minn meg på tannlegetimen",
            "jeg vil høre på en sang", "legg til sangen i spillelista mi", "do people prefer summer over fall",
            "tell me about the danger zone movie", "the dancer was great", "hjerteslag per minutt"})
    void everydayPhrasesMustNotFire(String message) {
        assertEquals(Assessment.Grade.NONE, cueOf(message));
    }

    @ParameterizedTest(name = "\"{0}\" is not read as \"{1}\"")
    @CsvSource({"doing, dying", "cooking, choking", "cancel, cancer", "drying, dying", "dancer, danger",
            "hjerteslag, hjerneslag", "breeding, bleeding"})
    void commonWordsNeverMatchATriggerByEditDistance(String common, String trigger) {
        EmergencyDetector detector = detector(trigger);
        assertTrue(detector.isCommonWord(common), common + " should be a common word");
        assertFalse(fires(detector, common));
    }

    @ParameterizedTest(name = "\"{0}\" is a typo or inflection of \"{1}\"")
    @CsvSource({"emergncy, emergency", "unconcious, unconscious", "overdosed, overdose", "seizures, seizure",
            "brystsmerte, brystsmerter", "ambulansen, ambulanse", "hjerteinfarktet, hjerteinfarkt"})
    void typosAndInflectionsOfATriggerStillMatch(String word, String trigger) {
        assertTrue(fires(detector(trigger), word));
    }

    @ParameterizedTest(name = "a word of the content's everyday examples (\"{0}\") is never a typo of \"{1}\"")
    @CsvSource({"flopping, flipping"})
    void theContentsOwnExampleWordsAreCommonWords(String word, String trigger) {
        assertTrue(fires(detector(trigger), word));
        assertFalse(fires(detector(trigger, "stop " + word + " around"), word));
    }
}
