package healthbot.dialogue;

import healthbot.TestBots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which number a described situation gets, through the whole bot with the shipped triage content,
 * per grade and language: red gets 113 in the first line, yellow the legevakt (116 117) with the
 * 113 line, dental the emergency dentist (69 11 77 99), green the GP; negated, past and figurative
 * signs and look-alikes never get 113. Every case was written for this test (none from the
 * residents' set).
 */
class TriageTest {

    private static Reply first(String message) {
        return TestBots.bot(TestBots.SATURDAY_NOON).handle("t", message);
    }

    private static String firstLine(Reply r) {
        return r.messages().get(0).text().lines().findFirst().orElse("");
    }

    private static String all(Reply r) {
        return String.join("\n", r.messages().stream().map(OutMessage::text).toList());
    }

    @ParameterizedTest(name = "red: \"{0}\" gets 113 first")
    @ValueSource(strings = {
            // en: stroke, breathing, chest, unconscious, bleeding, allergy, drowning, poisoning, suicide, seizure, child, injury
            "my dad's face is drooping on one side and he can't lift his right arm",
            "my wife suddenly started slurring her words at dinner",
            "my toddler is struggling to breathe and his lips look blue",
            "my husband has crushing pressure in his chest and is sweating",
            "grandma fell and i cant wake her up",
            "there is blood everywhere, the cut on his leg won't stop bleeding",
            "got stung by a wasp and now my throat and tongue are swelling",
            "we just pulled a kid out of the pool, he was under water for minutes",
            "my flatmate took a whole box of paracetamol an hour ago",
            "my 3 year old swallowed a button battery",
            "i want to end it all tonight",
            "he is having a fit and it has lasted 10 minutes, he is shaking and not responding",
            "my baby is floppy and very drowsy and has a rash that doesn't fade under a glass",
            "a cyclist was hit by a car outside our house",
            "my mum's speach is slured and her mouth is droopin",
            // nb, without diacritics, nn and dialect
            "faren min har sterke smerter i brystet og er kaldsvett",
            "mora mi snakker utydelig og munnen henger på den ene siden",
            "mora mi snakker utydelig og munnen henger pa den ene siden",
            "barnet mitt puster tungt og leppene er blå",
            "han har tatt masse piller og svarer ikke",
            "eg får ikkje vekt far min, han ligg på golvet",
            "naboen vår ligg ute i snøen og e heilt kald, ho svare ikkje når eg ropa",
            "ho blør mykje og det sluttar ikkje",
            // pl, uk, ru, ar, lt, so, ti
            "mój mąż nie oddycha",
            "tata ma krzywą twarz, opadła i bełkocze",
            "дитина не дихає",
            "у мами сильний біль у грудях",
            "он потерял сознание и не реагирует",
            "ابني لا يتنفس",
            "أبي فقد الوعي",
            "vaikas nekvėpuoja",
            "aabbahay ma neefsanayo",
            "ኣቦይ ኣይተንፍስን"})
    void aRedDescriptionGets113InTheFirstLineOfTheFirstReply(String message) {
        Reply r = first(message);
        assertEquals(ReplyKind.EMERGENCY, r.kind(), message);
        assertTrue(firstLine(r).contains("113"), message + " -> " + firstLine(r));
    }

    @ParameterizedTest(name = "yellow: \"{0}\" gets the legevakt with the 113 line")
    @ValueSource(strings = {
            "my son has a fish hook stuck in his thumb",
            "my 4 year old has had a high fever since this morning and won't drink",
            "i think my wrist is broken, i fell off my bike",
            "i have severe stomach pain on the lower right side",
            "my daughter cut her hand deep and it probably needs stitches",
            "jeg tror ankelen er brukket etter fallet",
            "sonen min har 40 i feber og vil ikke drikke",
            "dottera mi har høg feber og vil ikkje drikke",
            "jeg har en fiskekrok i tommelen"})
    void aYellowDescriptionGetsTheLegevaktWithThe113Line(String message) {
        Reply r = first(message);
        assertEquals("legevakt", r.intent(), message);
        assertNotEquals(ReplyKind.EMERGENCY, r.kind(), message);
        assertTrue(firstLine(r).contains("116 117"), firstLine(r));
        assertTrue(firstLine(r).contains("113"), firstLine(r));
        assertFalse(firstLine(r).startsWith("113"), firstLine(r));
    }

    @ParameterizedTest(name = "named with a yellow sign: \"{0}\" gets 113 first")
    @ValueSource(strings = {
            "ambulance!! my dad fell and hit his head",
            "call an ambulance, my son has a fish hook deep in his thumb and is screaming",
            "emergency - my wrist is broken, i fell off my bike",
            "ring ambulanse, sonen min har 40 i feber og vil ikke drikke",
            "det er akutt, eg trur handleddet er brote etter fallet"})
    void aYellowSignWithAWordNamingAnEmergencyGets113First(String message) {
        Reply r = first(message);
        assertEquals(ReplyKind.EMERGENCY, r.kind(), message);
        assertTrue(firstLine(r).startsWith("113"), message + " -> " + firstLine(r));
        assertTrue(all(r).contains("116 117"), "the legevakt is named too: " + all(r));
    }

    @ParameterizedTest(name = "dental: \"{0}\" gets the emergency dentist")
    @ValueSource(strings = {
            "my son fell and knocked out his front tooth",
            "terrible toothache since last night, my cheek is swollen",
            "jeg har knekt en tann og det gjør vondt",
            "eg har fått tannverk og kinnet er hovent",
            "boli mnie ząb od wczoraj"})
    void aDentalDescriptionGetsTheEmergencyDentistWithItsHours(String message) {
        Reply r = first(message);
        assertEquals("emergency_dentist", r.intent(), message);
        assertTrue(all(r).contains("69 11 77 99"), all(r));
        assertNotEquals(ReplyKind.EMERGENCY, r.kind(), message);
    }

    @ParameterizedTest(name = "service question: \"{0}\" gets the emergency dentist, not 113")
    @ValueSource(strings = {
            "is the emergency dentist open on sunday",
            "متى يفتح طوارئ الأسنان يوم الأحد",
            "goorma furan yahay dhakhtarka ilkaha degdegga axadda",
            "ህጹጽ ሓኪም ስኒ ሰንበት ክፉት ዶ",
            "kiedy otwarte pogotowie stomatologiczne w niedzielę"})
    void askingAboutTheEmergencyDentistInAnyLanguageIsNoEmergency(String message) {
        Reply r = first(message);
        assertEquals("emergency_dentist", r.intent(), message);
        assertNotEquals(ReplyKind.EMERGENCY, r.kind(), message);
        assertTrue(all(r).contains("69 11 77 99"), all(r));
    }

    @ParameterizedTest(name = "green: \"{0}\" gets the GP")
    @ValueSource(strings = {
            "I noticed a small painless lump on my arm last week",
            "i have had an itchy rash for weeks",
            "my mum had chest pain yesterday but it's gone now",
            "jeg har en føflekk som har endret seg"})
    void aGreenDescriptionGetsTheGpAndNot113(String message) {
        Reply r = first(message);
        assertNotEquals(ReplyKind.EMERGENCY, r.kind(), message);
        assertFalse(firstLine(r).startsWith("113"), firstLine(r));
        assertTrue(all(r).contains("GP") || all(r).contains("fastlege"), all(r));
    }

    @Test
    void aGreenSignWithoutTopicWordsGetsTheGpWhateverTopicTheClassifierGuesses() {
        Reply r = first("my aunt found a small lump in her breast last week, it does not hurt at all");
        assertNotEquals("child_health_clinic", r.intent(), all(r));
        assertTrue(all(r).contains("GP"), all(r));
    }

    @ParameterizedTest(name = "not 113: \"{0}\"")
    @ValueSource(strings = {
            // negated
            "no chest pain, just a cough for two days",
            "she has no trouble breathing, only a runny nose",
            "ingen brystsmerter, bare litt hoste",
            "han har ikke vondt i brystet lenger",
            // history
            "had a stroke last year, can I get physio?",
            "hadde hjerneslag i fjor, kan jeg få fysioterapi?",
            // figures of speech
            "my boss is giving me a heart attack with these deadlines",
            "jeg holder på å dø av kjedsomhet",
            "I'm bleeding money on car repairs",
            "the printer keeps choking on the paper",
            "akutt: trenger barnevakt i kveld",
            // look-alikes
            "can you make a bank transfer for me",
            "I'm on LAR, drug substitution treatment, do I have to pay for dental treatment?",
            "the legevakt doesnt answer the phone, what are the opening hours?"})
    void negatedPastAndFigurativeSignsAndLookAlikesNeverGet113First(String message) {
        Reply r = first(message);
        assertNotEquals(ReplyKind.EMERGENCY, r.kind(), message + " -> " + firstLine(r));
        assertFalse(firstLine(r).startsWith("113"), message + " -> " + firstLine(r));
    }
}
