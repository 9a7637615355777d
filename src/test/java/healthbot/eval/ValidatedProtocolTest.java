package healthbot.eval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code eval --train --val --data}: the threshold comes from the validation file only. */
class ValidatedProtocolTest {

    private static List<LabelledMessage> messages(String... pairs) {
        List<LabelledMessage> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(new LabelledMessage(pairs[i + 1], pairs[i], "synthetic:" + (i / 2 + 1)));
        }
        return out;
    }

    private static final List<LabelledMessage> TRAIN = messages(
            "timer", "set a timer for ten minutes", "timer", "start a timer", "timer", "timer for 5 minutes please",
            "timer", "please begin a timer", "timer", "countdown timer of one hour", "timer", "can you time ten minutes",
            "weather", "what is the weather today", "weather", "will it rain tomorrow", "weather", "weather in oslo",
            "weather", "is it sunny outside", "weather", "how cold is it today", "weather", "forecast for the weekend",
            "fallback", "who won the football match", "fallback", "how do volcanoes form", "fallback", "buy cheap shoes",
            "fallback", "what is the capital of peru", "fallback", "tell me about black holes", "fallback", "recipe for pancakes");

    private static final List<LabelledMessage> VALIDATION = messages(
            "timer", "set a timer for twenty minutes", "timer", "begin a countdown", "weather", "rain in bergen tomorrow",
            "weather", "what's the forecast", "fallback", "how do birds fly", "fallback", "who painted the mona lisa",
            "fallback", "what is a good book", "fallback", "how tall is mount everest");

    private static final List<LabelledMessage> TEST_A = messages(
            "timer", "timer for three minutes", "weather", "is it raining in oslo", "fallback", "what is love");

    private static final List<LabelledMessage> TEST_B = messages(
            "fallback", "who is the king of norway", "fallback", "how are volcanoes made", "weather", "sunny today?");

    @Test
    void theThresholdIsChosenOnTheValidationFileWhateverTheScoredDataIs() {
        Evaluator evaluator = Evaluator.withProgressOn(null);
        Evaluator.Setup setup = Evaluator.forFile("synthetic", "fallback", 0.0);
        EvalReport a = evaluator.validated(setup, TRAIN, VALIDATION, "val", TEST_A, "a");
        EvalReport b = evaluator.validated(setup, TRAIN, VALIDATION, "val", TEST_B, "b");
        assertEquals(a.threshold(), b.threshold(), 1e-12);
        assertTrue(a.mode().startsWith(String.format(java.util.Locale.ROOT, "held-out at threshold %.2f, chosen on val (8 messages)",
                a.threshold())), a.mode());
    }

    @Test
    void theDataIsScoredExactlyAsAHeldOutRunAtTheChosenThreshold() {
        Evaluator evaluator = Evaluator.withProgressOn(null);
        EvalReport validated = evaluator.validated(Evaluator.forFile("synthetic", "fallback", 0.0), TRAIN, VALIDATION,
                "val", TEST_B, "b");
        EvalReport heldOut = evaluator.holdout(Evaluator.forFile("synthetic", "fallback", validated.threshold()), TRAIN,
                TEST_B, "b");
        assertEquals(heldOut.metrics(), validated.metrics());
        assertEquals(3, validated.metrics().messages());
        assertEquals(TRAIN.size(), validated.trainingExamples());
    }

    @Test
    void theChosenThresholdHasTheBestValidationAccuracyOfAllCandidates() {
        Evaluator evaluator = Evaluator.withProgressOn(null);
        EvalReport onValidation = evaluator.validated(Evaluator.forFile("synthetic", "fallback", 0.0), TRAIN, VALIDATION,
                "val", VALIDATION, "val");
        for (ThresholdRow row : onValidation.thresholds()) {
            assertTrue(row.accuracy() <= onValidation.metrics().accuracy() + 1e-12,
                    "threshold " + row.threshold() + " beats the chosen " + onValidation.threshold());
        }
    }
}
