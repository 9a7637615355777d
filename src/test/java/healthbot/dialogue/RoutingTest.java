package healthbot.dialogue;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoutingTest {

    private final Routing routing = new Routing("fallback", "emergency", Set.of("legevakt"));

    @Test
    void belowTheThresholdAMessageGoesToTheFallback() {
        assertEquals("fallback", routing.decide("gp_fee", 0.3, false, 0.45));
        assertEquals("gp_fee", routing.decide("gp_fee", 0.5, false, 0.45));
    }

    @Test
    void emergencyWordsWinOverTheGuessUnlessItIsAConfidentRelatedIntent() {
        assertEquals("emergency", routing.decide("gp_fee", 0.9, true, 0.45));
        assertEquals("legevakt", routing.decide("legevakt", 0.9, true, 0.45));
        assertEquals("emergency", routing.decide("legevakt", 0.2, true, 0.45));
        assertEquals("emergency", routing.decide("emergency", 0.6, false, 0.45));
    }

    private final Routing policy = new Routing("fallback", "emergency", Set.of("legevakt"), Set.of("legevakt", "dental_travel"), 0.6);

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} at {1} with {2} triggers -> {3}")
    @org.junit.jupiter.params.provider.CsvSource({
            // the classifier alone: its own emergency threshold, not the ordinary one
            "emergency,     0.34, NONE,      fallback",
            "emergency,     0.48, NONE,      fallback",
            "emergency,     0.58, NONE,      fallback",
            "emergency,     0.60, NONE,      emergency",
            // a description always wins, except for a confident related intent
            "dental_travel, 0.95, DESCRIBED, emergency",
            "legevakt,      0.95, DESCRIBED, legevakt",
            "fallback,      0.95, DESCRIBED, emergency",
            // a naming word in a confident topic question: the topic (the bot adds a 113 pointer)
            "dental_travel, 0.95, NAMED,     dental_travel",
            "dental_travel, 0.20, NAMED,     emergency",
            "fallback,      0.95, NAMED,     emergency",
            "emergency,     0.40, NAMED,     emergency"})
    void emergencyPolicy(String top, double confidence, healthbot.nlu.EmergencyCue cue, String expected) {
        assertEquals(expected, policy.decide(top, confidence, cue, true, 0.3));
    }

    @Test
    void aOneWordMessageNamingAnEmergencyGetsTheEmergencyAnswer() {
        assertEquals("emergency", policy.decide("dental_travel", 0.95, healthbot.nlu.EmergencyCue.NAMED, false, 0.3));
    }
}
