package healthbot.eval;

import healthbot.dialogue.Routing;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValidationThresholdTest {

    private static final Routing ROUTING = Routing.plain("fallback");

    private static Scored scored(String expected, String top, double confidence) {
        return new Scored(new LabelledMessage("m", expected, "v"), top, confidence, "other");
    }

    /**
     * Seven validation messages: four in-scope answered right (0.9, 0.8, 0.6 and a weak 0.25), two
     * out-of-scope ones the classifier took for "a" (0.3 and 0.2), one it sent to the fallback itself.
     * At 0.00: 5 right. From 0.21 the 0.2 one goes to the fallback: 6 right. From 0.26 the weak in-scope
     * one is lost as well (5), from 0.31 the 0.3 one is won back (6 again). The first best is 0.21.
     */
    @Test
    void choosesTheLowestThresholdWithTheBestAccuracyCountingOutOfScopeAsAClass() {
        List<Scored> validation = List.of(scored("a", "a", 0.9), scored("b", "b", 0.8), scored("a", "a", 0.6),
                scored("b", "b", 0.25), scored("fallback", "a", 0.3), scored("fallback", "a", 0.2),
                scored("fallback", "fallback", 0.7));
        ValidationThreshold.Choice choice = ValidationThreshold.choose(validation, ROUTING);
        assertEquals(0.21, choice.threshold(), 1e-9);
        assertEquals(6.0 / 7, choice.atChoice().accuracy(), 1e-9);
        assertEquals(1.0, choice.atChoice().inScopeAccuracy(), 1e-9);
        assertEquals(2.0 / 3, choice.atChoice().oosRecall(), 1e-9);
        assertEquals(7, choice.messages());
    }

    @Test
    void withoutOutOfScopeMessagesNothingIsGainedByAThresholdSoItStaysAtZero() {
        List<Scored> validation = List.of(scored("a", "a", 0.4), scored("b", "b", 0.1), scored("a", "b", 0.3));
        assertEquals(0.0, ValidationThreshold.choose(validation, ROUTING).threshold(), 1e-9);
    }

    @Test
    void confidentOutOfScopeMistakesPushTheThresholdAboveThem() {
        List<Scored> validation = List.of(scored("a", "a", 0.95), scored("fallback", "a", 0.5),
                scored("fallback", "b", 0.55), scored("b", "b", 0.3));
        ValidationThreshold.Choice choice = ValidationThreshold.choose(validation, ROUTING);
        assertEquals(0.56, choice.threshold(), 1e-9, "losing one weak in-scope answer wins two out-of-scope ones");
        assertEquals(0.75, choice.atChoice().accuracy(), 1e-9);
    }

    @Test
    void anEmptyValidationSetIsRefusedWithAMessageSayingWhatToGive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValidationThreshold.choose(List.of(), ROUTING));
        assertEquals("the validation set is empty: give at least one labelled message", e.getMessage());
    }
}
