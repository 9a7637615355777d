package healthbot.nlu;

import healthbot.TestBots;
import healthbot.testsupport.Gen;
import healthbot.testsupport.Property;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20's property: the ordinary sentences of a story around a question the bot answers never
 * turn it into the fallback (it is answered, or at worst the likely topics are offered).
 */
class StoryPropertyTest {

    /** Questions the bot answers on their own, in English, Bokmål and Nynorsk. */
    private static final List<String> QUESTIONS = List.of(
            "How do I get a fastlege?",
            "Is the dentist free for my 12 year old?",
            "Do I get the bus tickets to the dental clinic refunded?",
            "Can we have an interpreter at the doctor?",
            "How much does physiotherapy cost?",
            "Where do we take our baby for vaccines?",
            "Hvordan bytter jeg fastlege?",
            "Får jeg dekket reiseutgifter til tannlegen?",
            "Hvor er legevakten i Bærum?",
            "Korleis får eg fastlege?",
            "Er tannlækjaren gratis for dottera mi på 15?");

    /** Everyday sentences with nothing of the bot's domain in them, some naming an outside service in passing (written for this test). */
    private static final List<String> EVERYDAY = List.of(
            "We moved here from Gdansk in the spring.",
            "My husband started a new job last month.",
            "The kids like their new school a lot.",
            "It has been raining all week and the car broke down.",
            "I work shifts at a warehouse.",
            "Sorry for my bad English.",
            "Thank you for reading this.",
            "We live in a small flat near the station.",
            "Vi flyttet hit i fjor sommer.",
            "Mannen min jobber offshore.",
            "Ungene går i barnehagen om dagen.",
            "Beklager dårlig norsk.",
            "Eg bur på ein gard utanfor byen.",
            "Vi har to katter og en hund.",
            "I picked up my pills at the pharmacy yesterday.",
            "NAV finally paid my sick pay last week.",
            "Vi fikk et brev fra NAV i går.",
            "Eg var innom apoteket i går.");

    private record Story(List<String> before, String question, List<String> after) {
        String text() {
            return String.join(" ", before) + (before.isEmpty() ? "" : " ") + question
                    + (after.isEmpty() ? "" : " ") + String.join(" ", after);
        }
    }

    @Test
    void everydaySentencesAroundAnAnsweredQuestionNeverTurnItIntoTheFallback() {
        Gen<List<String>> sentences = Gen.oneOf(EVERYDAY).list(0, 3);
        Gen<Story> stories = Gen.zip(sentences, Gen.oneOf(QUESTIONS), sentences, Story::new);
        Nlu nlu = TestBots.nlu();
        for (String q : QUESTIONS) {
            assertTrue(isAnswered(nlu.analyze(q).reading()), "the question alone is answered: " + q);
        }
        Property.forAll(stories).tries(150).check(story -> {
            Reading r = nlu.analyze(story.text()).reading();
            assertTrue(isAnswered(r), "fell back on: " + story.text() + " (" + StoryReader.describe(r) + ")");
        });
    }

    private static boolean isAnswered(Reading r) {
        return !r.prediction().intent().equals("fallback") || !r.likely().isEmpty();
    }
}
