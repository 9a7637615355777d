package healthbot.nlu;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {

    private static List<String> texts(String message) {
        return Sentences.split(message).stream().map(Sentences.Sentence::text).toList();
    }

    /** A sentence is kept without the mark that ends it; {@link Sentences.Sentence#asks()} says whether it asked. */
    @Test
    void aStoryIsCutAtFullStopsQuestionMarksAndLineBreaks() {
        assertEquals(List.of("We moved here in May", "The kids started school", "How do I get a GP", "Thanks"),
                texts("We moved here in May. The kids started school! How do I get a GP?\nThanks"));
    }

    @Test
    void theSentenceThatAsksRemembersItsQuestionMark() {
        List<Sentences.Sentence> s = Sentences.split("Eg bur i Sarpsborg. Får vi reisepengar att?");
        assertEquals(List.of(false, true), s.stream().map(Sentences.Sentence::asks).toList());
    }

    @Test
    void decimalsAbbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(List.of("It is 2.30 per km, ca. 40 km each way, e.g. by car"),
                texts("It is 2.30 per km, ca. 40 km each way, e.g. by car"));
        assertEquals(List.of("Dr. Hansen is my GP", "Can I switch"), texts("Dr. Hansen is my GP. Can I switch?"));
    }

    @Test
    void aMessageWithoutEndsIsOneSentenceAndPunctuationAloneIsNone() {
        assertEquals(List.of("how do i get a fastlege"), texts("how do i get a fastlege"));
        assertEquals(List.of("Help"), texts("Help!!! ... ?"));
        assertEquals(List.of(), texts("?!"));
    }

    @Test
    void semicolonsAndRepeatedMarksEndOneSentenceEach() {
        assertEquals(List.of("my son is 12", "is the dentist free"), texts("my son is 12; is the dentist free??"));
    }

    @Test
    void anIndirectQuestionAsksWithoutAQuestionMarkInEnglishAndBokmal() {
        List<Sentences.Sentence> en = Sentences.split("My son is 13. I want to know if his fillings are free. Thanks.");
        assertEquals(List.of(false, true, false), en.stream().map(Sentences.Sentence::asks).toList());
        List<Sentences.Sentence> nb = Sentences.split("Sønnen min er 13. Jeg lurer på om fyllingene er gratis.");
        assertEquals(List.of(false, true), nb.stream().map(Sentences.Sentence::asks).toList());
        assertEquals(List.of(false), Sentences.split("I know the dentist is free").stream().map(Sentences.Sentence::asks).toList());
    }

    @Test
    void aSecondQuestionAfterACommaOrAndIsItsOwnClause() {
        assertEquals(List.of("how do I get a GP here", "do I need a referral for physio"),
                Sentences.clauses("how do I get a GP here, and do I need a referral for physio"));
        assertEquals(List.of("hvordan får jeg fastlege", "trenger jeg henvisning til fysio"),
                Sentences.clauses("hvordan får jeg fastlege og trenger jeg henvisning til fysio"));
        assertEquals(List.of("my son and daughter are 12 and 14"), Sentences.clauses("my son and daughter are 12 and 14"),
                "an 'and' that starts no question does not cut");
    }
}
