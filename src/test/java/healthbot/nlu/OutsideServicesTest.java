package healthbot.nlu;

import healthbot.TestBots;
import healthbot.dialogue.Reply;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lexicons' outside services (docs/stories.md, "Outside services"): a message that asks about one and
 * about none of the topics is the fallback; one that asks about a topic keeps it, whatever outside thing it
 * names in passing; emergencies are never read away.
 */
class OutsideServicesTest {

    private static Reading read(String text) {
        return TestBots.nlu().analyze(text).reading();
    }

    private static void fallsBackFor(String group, String text) {
        Reading r = read(text);
        assertEquals("fallback", r.prediction().intent(), () -> text + " (" + StoryReader.describe(r) + ")");
        assertTrue(r.outside().contains(group), () -> text + " (" + StoryReader.describe(r) + ")");
    }

    private static void answers(String intent, String text) {
        Reading r = read(text);
        assertEquals(intent, r.prediction().intent(), () -> text + " (" + StoryReader.describe(r) + ")");
    }

    @Test
    void aQuestionAboutAnOutsideServiceAloneIsTheFallback() {
        fallsBackFor("pharmacy", "which apotek near the station is open on sunday evening");
        fallsBackFor("welfare", "naar betaler nav ut sykepengene for desember");
        fallsBackFor("hospital_travel", "how do i book pasientreiser for my mothers eye check at the hospital");
    }

    @Test
    void theSentenceThatAsksDecidesNotTheStoryAroundIt() {
        fallsBackFor("pharmacy", "Which pharmacy is open late on Sundays? I need to pick up my prescription.");
        fallsBackFor("pharmacy", "My GP gave me a prescription, which pharmacy is open on Sunday?");
    }

    @Test
    void aTopicWordOutweighedByTheOutsideThingAskedWithItDoesNotCount() {
        fallsBackFor("national_portal", "how do i renew my prescription on helsenorge, the button is gone");
    }

    @Test
    void aTopicWordInsideALongerOutsidePhraseDoesNotCount() {
        fallsBackFor("moving_notice", "hvordan melder jeg flytting til folkeregisteret naar vi bytter leilighet");
    }

    @Test
    void anOutsideWordInsideALongerTopicPhraseIsTheTopics() {
        Reading r = read("which part of the national insurance act is the physiotherapy service based on");
        assertNotEquals("fallback", r.prediction().intent(), StoryReader.describe(r));
    }

    @Test
    void aTopicNegatedBesideAnOutsideThingIsNotAskedAbout() {
        fallsBackFor("private_care", "what does a private doctor cost, i would rather not wait for my gp");
    }

    @Test
    void aTopicAskedAboutKeepsItsAnswerWhateverOutsideThingIsNamed() {
        answers("gp_role", "can my GP renew my prescription or do i have to go to the pharmacy");
        answers("dental_travel", "we took the bus, not patient transport. do we get the bus tickets to the dental clinic back?");
    }

    @Test
    void aFallbackThatNamesAnOutsideThingBesideATopicIsReadAgainWithoutIt() {
        answers("gp_register", "I got my medicine at the pharmacy but now I need a GP of my own, how do I register?");
    }

    @Test
    void smallTalkAroundAnOutsideQuestionDoesNotAnswerIt() {
        fallsBackFor("pharmacy", "thanks! and which pharmacy sells melatonin without a prescription?");
    }

    @Test
    void aGreenSignInAQuestionAboutAnOutsideServiceIsTheFallbackNotTheGp() {
        Reply r = TestBots.bot(TestBots.SATURDAY_NOON).handle("outside-green",
                "which pharmacy sells cream for the eczema i have had for months, without a prescription?");
        assertEquals("fallback", r.intent(), r.toString());
    }

    @Test
    void aYellowSignInAQuestionAboutAnOutsideServiceStillGetsTheLegevakt() {
        Reply r = TestBots.bot(TestBots.SATURDAY_NOON).handle("outside-yellow",
                "which pharmacy is open tonight, my son burned his hand on the stove and it has big blisters");
        assertEquals("legevakt", r.intent(), r.toString());
    }

    @Test
    void anEmergencyThatNamesAnOutsideServiceIsStill113First() {
        Reply r = TestBots.bot(TestBots.SATURDAY_NOON).handle("outside-emergency",
                "my dad collapsed and is not breathing, should i call pasientreiser or drive him to the hospital");
        assertTrue(r.emergencyFirst(), r.toString());
    }
}
