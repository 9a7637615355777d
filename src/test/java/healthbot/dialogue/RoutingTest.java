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
}
