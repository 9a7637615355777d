package healthbot.nlu;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageDetectorScriptTest {

    @Test
    void cyrillicArabicAndEthiopicMessagesAreToldByTheirScript() {
        assertEquals("cyrillic", LanguageDetector.dominantScript("Моя дитина не дихає!"));
        assertEquals("arabic", LanguageDetector.dominantScript("طفلي لا يتنفس"));
        assertEquals("ethiopic", LanguageDetector.dominantScript("ሓኪም ደልየ"));
        assertEquals("han", LanguageDetector.dominantScript("我需要一个翻译"));
    }

    @Test
    void aMessageWithoutLettersOrMostlyLatinCountsAsLatin() {
        assertEquals("latin", LanguageDetector.dominantScript("113 !!! 19"));
        assertEquals("latin", LanguageDetector.dominantScript(""));
        assertEquals("latin", LanguageDetector.dominantScript("fastlege in Bærum please, дякую"));
    }

    @Test
    void aPlaceNameInLatinLettersDoesNotTurnACyrillicMessageLatin() {
        assertEquals("cyrillic", LanguageDetector.dominantScript("Як записатися до лікаря в Bærum?"));
    }
}
