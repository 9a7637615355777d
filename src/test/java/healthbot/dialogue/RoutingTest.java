package healthbot.dialogue;

import healthbot.dialogue.Routing.Route;
import healthbot.dialogue.Routing.Urgency;
import healthbot.nlu.Assessment;
import healthbot.nlu.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutingTest {

    private final Routing routing = new Routing("fallback", "emergency", Set.of("legevakt"));

    private static Prediction guess(String top, double confidence) {
        return new Prediction(top, confidence, "fallback", 0);
    }

    private static Assessment graded(String grade, boolean singleWord) {
        return switch (grade) {
            case "RED" -> Assessment.red("emergency", List.of("not breathing"), singleWord);
            case "NAMED" -> new Assessment(Assessment.Grade.NAMED, "emergency", List.of("emergency"), singleWord);
            default -> Assessment.none(singleWord);
        };
    }

    @Test
    void belowTheThresholdAMessageGoesToTheFallback() {
        assertEquals(Route.ordinary("fallback"), routing.decide(guess("gp_fee", 0.3), Assessment.none(false), 0.45));
        assertEquals(Route.ordinary("gp_fee"), routing.decide(guess("gp_fee", 0.5), Assessment.none(false), 0.45));
    }

    @Test
    void emergencyWordsWinOverTheGuessUnlessItIsAConfidentRelatedIntent() {
        assertEquals("emergency", routing.decide(guess("gp_fee", 0.9), graded("RED", false), 0.45).intent());
        assertEquals("legevakt", routing.decide(guess("legevakt", 0.9), graded("RED", false), 0.45).intent());
        assertEquals("emergency", routing.decide(guess("legevakt", 0.2), graded("RED", false), 0.45).intent());
        assertEquals("emergency", routing.decide(guess("emergency", 0.6), Assessment.none(false), 0.45).intent());
    }

    private final Routing policy = new Routing("fallback", "emergency", Set.of("legevakt"), Set.of("legevakt", "dental_travel"), 0.6);

    @ParameterizedTest(name = "{0} at {1} with {2} -> {3} ({4})")
    @CsvSource({
            // the classifier alone: its own emergency threshold, not the ordinary one
            "emergency,     0.34, NONE,  fallback,      NONE",
            "emergency,     0.48, NONE,  fallback,      NONE",
            "emergency,     0.58, NONE,  fallback,      NONE",
            "emergency,     0.60, NONE,  emergency,     EMERGENCY",
            // a description always wins, except for a confident related intent (still an emergency)
            "dental_travel, 0.95, RED,   emergency,     EMERGENCY",
            "legevakt,      0.95, RED,   legevakt,      EMERGENCY",
            "fallback,      0.95, RED,   emergency,     EMERGENCY",
            // a naming word in a confident topic question: the topic with a 113 pointer
            "dental_travel, 0.95, NAMED, dental_travel, POINTER",
            "dental_travel, 0.20, NAMED, emergency,     EMERGENCY",
            "fallback,      0.95, NAMED, emergency,     EMERGENCY",
            "emergency,     0.40, NAMED, emergency,     EMERGENCY",
            "legevakt,      0.95, NAMED, legevakt,      EMERGENCY"})
    void emergencyPolicy(String top, double confidence, String grade, String expected, Urgency urgency) {
        Route route = policy.decide(guess(top, confidence), graded(grade, false), 0.3);
        assertEquals(expected, route.intent());
        assertEquals(urgency, route.urgency());
    }

    @Test
    void aOneWordMessageNamingAnEmergencyGetsTheEmergencyAnswer() {
        assertEquals(new Route("emergency", Urgency.EMERGENCY, false),
                policy.decide(guess("dental_travel", 0.95), graded("NAMED", true), 0.3));
    }

    @Test
    void anEmergencyDecidedByTheClassifierAloneSaysSoSoThatAnAnswerToTheQuestionIsNotTakenForOne() {
        assertTrue(policy.decide(guess("emergency", 0.9), Assessment.none(false), 0.3).byClassifierOnly());
        assertEquals(false, policy.decide(guess("emergency", 0.9), graded("RED", false), 0.3).byClassifierOnly());
    }
}
