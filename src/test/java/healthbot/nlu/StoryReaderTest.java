package healthbot.nlu;

import healthbot.TestBots;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evidence decision of {@link StoryReader}, on the shipped content. */
class StoryReaderTest {

    private static Reading read(String message) {
        return TestBots.nlu().analyze(message).reading();
    }

    @Test
    void aQuestionAfterTwoSentencesOfStoryIsReadFromTheSentenceThatAsks() {
        Reading r = read("We moved to Bærum from Poland last month with our two kids. The removal van was late and it"
                + " rained all week. How do I get a fastlege?");
        assertEquals("gp_register", r.prediction().intent());
        assertEquals(3, r.sentences());
    }

    @Test
    void aNynorskStoryWithTheQuestionLastIsAnswered() {
        Reading r = read("Vi bur i Sarpsborg og sonen min går til tannlækjaren i sentrum, om lag 15 minutt med buss."
                + " Ein venn frå ein annan kommune får reisepengar att. Får vi det òg?");
        assertEquals("dental_travel", r.prediction().intent());
        assertTrue(r.ours());
    }

    @Test
    void topicWordsWithNoClearQuestionOfferTheLikelyTopics() {
        Reading r = read("km and receipts");
        assertTrue(r.prediction().intent().equals("fallback")
                || r.prediction().confidence() < TestBots.content().settings().confidenceThreshold(), "not answered: the topic is unclear");
        assertTrue(r.likely().contains("dental_travel"), r.likely().toString());
        assertTrue(r.likely().size() >= 2 && r.likely().size() <= 3);
    }

    @Test
    void anEverydayMessageWithoutTopicWordsIsNotOurs() {
        Reading r = read("what is the weather in Oslo tomorrow");
        assertEquals("fallback", r.prediction().intent());
        assertFalse(r.ours());
        assertTrue(r.likely().isEmpty(), "nothing to offer: the fallback, which names 113");
    }

    @Test
    void aConfidentShortQuestionIsAnsweredAsAWhole() {
        Reading r = read("how much does physiotherapy cost");
        assertEquals("physio_charge", r.prediction().intent());
        assertEquals(-1, r.chosen(), "the whole message decided");
    }

    @Test
    void aSecondTopicAskedInAnotherSentenceIsKeptAsAlsoAsked() {
        Reading r = read("How do I register with a fastlege? And is the dentist free for my 12 year old son?");
        assertTrue(r.prediction().intent().equals("gp_register") || r.prediction().intent().equals("dental_free"));
        assertTrue(r.alsoAsked() != null && !r.alsoAsked().equals(r.prediction().intent()), String.valueOf(r.alsoAsked()));
    }

    @Test
    void theQuestionReadWithTheSentencesThatCarryTopicWordsDecidesWithoutTheRestOfTheStory() {
        Reading r = read("I twisted my ankle playing football with my kids in the park. The physiotherapist wants to see me"
                + " every week until Christmas. What will I have to pay?");
        assertEquals("physio_charge", r.prediction().intent());
    }

    @Test
    void aSecondQuestionInAnotherClauseOfTheSameSentenceIsKeptAsAlsoAsked() {
        Reading r = read("how do I sign up with a fastlege, and is the dentist free for my 9 year old?");
        assertTrue(r.alsoAsked() != null && !r.alsoAsked().equals(r.prediction().intent()), String.valueOf(r.alsoAsked()));
    }

    @Test
    void aQuestionOutOfScopeIsNotMadeOursByTheTopicWordsOfTheStoryAroundIt() {
        Reading r = read("Bestefar har bodd på sykehjem en stund nå. Hvordan søker vi om fast plass til ham?");
        assertEquals("fallback", r.prediction().intent());
        assertTrue(r.likely().isEmpty(), r.likely().toString());
    }

    @Test
    void thanksWithWhatItSavedTheWriterAttachedIsThanksNotTheFallback() {
        assertEquals("thanks", read("thank you!! you saved me a phone call").prediction().intent());
        assertEquals("thanks", read("tusen takk. no slepp eg å ringje dei").prediction().intent());
    }

    @Test
    void anEverydayRequestOrAQuestionAfterSmallTalkStaysTheFallback() {
        assertEquals("fallback", read("Hi. I need a taxi to the airport tomorrow at 6").prediction().intent());
        assertEquals("fallback", read("thanks! which restaurant in Sandvika is open on Sunday?").prediction().intent());
        assertEquals("fallback", read("thanks. I still need a plumber for the kitchen sink").prediction().intent());
    }
}
