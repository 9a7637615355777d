package healthbot.nlu;

import healthbot.TestBots;
import healthbot.content.Content;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bokmål or Nynorsk, on sentences written for this test (standard Nynorsk, dialect spellings and
 * their Bokmål counterparts), against the shipped lexicons and texts. A Nynorsk-only word makes a
 * message Nynorsk even among words both write ("har", "på", "ja"); words both write, a number or a
 * place name keep a Nynorsk or Bokmål conversation in its language.
 */
class NynorskBokmalDetectionTest {

    private static final List<String> NYNORSK = List.of(
            "Eg har vondt i tanna, kva skal eg gjere?",
            "Korleis får eg fastlege?",
            "Kor mykje kostar fysioterapi?",
            "Er tannlegen gratis for sonen min?",
            "Ho er fødd i 2012",
            "Kan eg få tolk hjå fastlegen?",
            "Eg bur i Bærum og treng lege",
            "Kva tid er tannlegevakta open på laurdag?",
            "Dottera mi har feber og vil ikkje ete",
            "Har eg rett på fastlege når eg har budd her i eit år?",
            "e har vondt i magen, ka ska e gjør",
            "Treng eg tilvising til fysioterapeut?",
            "Kven betaler reisa til tannlegen?",
            "Eg er gravid, kvar går eg?",
            "Kostar det noko å ringje legevakta?",
            "ja, det har eg",
            "nei, eg har ikkje det",
            "æ e 35 år");

    private static final List<String> BOKMAL = List.of(
            "Jeg har vondt i tannen, hva skal jeg gjøre?",
            "Hvordan får jeg fastlege?",
            "Hvor mye koster fysioterapi?",
            "Er tannlegen gratis for sønnen min?",
            "Hun er født i 2012",
            "Kan jeg få tolk hos fastlegen?",
            "Jeg bor i Bærum og trenger lege",
            "Når er tannlegevakten åpen på lørdag?",
            "Datteren min har feber og vil ikke spise",
            "Har jeg rett på fastlege når jeg har bodd her i ett år?",
            "Trenger jeg henvisning til fysioterapeut?",
            "Hvem betaler reisen til tannlegen?",
            "Jeg er gravid, hvor går jeg?",
            "Koster det noe å ringe legevakten?",
            "ja, det har jeg",
            "nei, jeg har ikke det");

    /** Words both write, numbers and place names: no language, so an nn (or nb) conversation stays as it is. */
    private static final List<String> EITHER = List.of("ja", "nei", "Ja", "nei takk", "takk", "2010", "35", "Bærum",
            "ja, i Bærum", "Østfold", "på Fornebu", "barn", "det er gratis", "med tolk");

    private static LanguageDetector.Detected detect(String message) {
        Content content = TestBots.content();
        LanguageDetector detector = new LanguageDetector(content.languages(), content.lexicons(),
                Nlu.textWords(content), Nlu.placeNameWords(content));
        return detector.detect(message, TextNormalizer.normalize(message).split(" "));
    }

    /** The language a chat now in {@code current} is answered in after {@code message} (null: it keeps its own). */
    private static String answeredIn(String message, String current) {
        LanguageDetector.Detected d = detect(message);
        return new Analysis("", d.language(), d.alike(), d.unsupported(), null, null, null).languageFor(current);
    }

    private static List<String> wrong(List<String> messages, String current, Set<String> allowed) {
        List<String> wrong = new ArrayList<>();
        for (String m : messages) {
            String got = answeredIn(m, current);
            if (!allowed.contains(String.valueOf(got))) {
                wrong.add(m + " -> " + got);
            }
        }
        return wrong;
    }

    @Test
    void everyNynorskSentenceIsToldAsNynorskInAFreshOrABokmalChat() {
        assertEquals(List.of(), wrong(NYNORSK, "en", Set.of("nn")));
        assertEquals(List.of(), wrong(NYNORSK, "nb", Set.of("nn")));
    }

    @Test
    void everyBokmalSentenceIsToldAsBokmalInAFreshOrANynorskChat() {
        assertEquals(List.of(), wrong(BOKMAL, "en", Set.of("nb")));
        assertEquals(List.of(), wrong(BOKMAL, "nn", Set.of("nb")));
    }

    @Test
    void wordsBothWriteNumbersAndPlaceNamesKeepANynorskOrBokmalChatInItsLanguage() {
        assertEquals(List.of(), wrong(EITHER, "nn", Set.of("nn", "null")));
        assertEquals(List.of(), wrong(EITHER, "nb", Set.of("nb", "null")));
    }

    @Test
    void aMessageOfWordsBothWriteOpensAFreshChatInBokmalTheLanguageNynorskFallsBackTo() {
        assertEquals("nb", answeredIn("Er tannlegen gratis for barn?", "en"));
        assertEquals(Set.of("nb", "nn"), detect("Er tannlegen gratis for barn?").alike());
        assertEquals("nn", answeredIn("Er tannlegen gratis for barn?", "nn"));
    }
}
