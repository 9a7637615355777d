package healthbot.nlu;

import healthbot.TestBots;
import healthbot.content.Content;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lexicons' {@code strong_cues} and {@code latin} sections, against the shipped content
 * (sentences written for this test): between Bokmål and Nynorsk a Nynorsk pronoun or negation
 * outweighs a borrowed Bokmål content word, but it never turns a mostly English message Norwegian;
 * Bokmål forms Nynorsk also writes ("dattera mi", "heim", "veit") are no evidence of Nynorsk; Russian
 * and Ukrainian written in Latin letters are told by their Latin cues and read in Cyrillic.
 */
class StrongCuesAndLatinLettersTest {

    private static LanguageDetector.Detected detect(String message) {
        Content content = TestBots.content();
        LanguageDetector detector = new LanguageDetector(content.languages(), content.lexicons(),
                Nlu.textWords(content), Nlu.placeNameWords(content));
        return detector.detect(message, TextNormalizer.normalize(message).split(" "));
    }

    @Test
    void aNynorskPronounOutweighsABorrowedBokmalWord() {
        assertEquals("nn", detect("må eg ha henvisning for å få fysioterapi i kommunen").language());
        assertEquals("nn", detect("eg trenger hjelp til å finne ein ny fastlege").language());
    }

    @Test
    void strongCuesDoNotTurnAMostlyEnglishMessageNorwegian() {
        assertEquals("en", detect("how do I get a doctor for my son, eg veit ikkje").language());
    }

    @Test
    void bokmalFormsNynorskAlsoWritesAreNoEvidenceOfNynorsk() {
        assertEquals("nb", detect("dattera mi har flytta heim igjen og trenger fastlege her").language());
        assertEquals("nb", detect("jeg bor aleine og veit ikke hvordan jeg får fastlege").language());
        assertEquals("nb", detect("kona mi fikk en regning fra legen").language());
    }

    @Test
    void russianAndUkrainianInLatinLettersAreToldAndMarkedTransliterated() {
        LanguageDetector.Detected ru = detect("zdravstvuyte, mne nuzhen vrach dlya rebenka");
        assertEquals("ru", ru.language());
        assertTrue(ru.transliterated());
        LanguageDetector.Detected uk = detect("dobryi den, yak otrymaty simeinoho likaria");
        assertEquals("uk", uk.language());
        assertTrue(uk.transliterated());
        assertFalse(detect("спасибо").transliterated());
    }

    @Test
    void englishPolishAndLithuanianStayTheirOwnBesideTheLatinCues() {
        assertEquals("en", detect("what do I do if my tooth hurts").language());
        assertEquals("pl", detect("do widzenia, to wszystko").language());
        assertEquals("lt", detect("ačiū, labai padėjote").language());
    }

    @Test
    void aTransliteratedMessageIsReadInItsOwnScript() {
        var analysis = TestBots.nlu().analyze("spasibo bolshoe");
        assertEquals("ru", analysis.language());
        assertEquals("спасибо болшое", analysis.normalized());
        assertEquals("thanks", analysis.prediction().intent());
    }
}
