package healthbot.eval;

import healthbot.dialogue.Routing;
import healthbot.nlu.Assessment;
import healthbot.nlu.Prediction;

/**
 * One message as the bot's understanding saw it, kept so that any threshold can be applied afterwards.
 *
 * @param message    the labelled message
 * @param top        the classifier's most probable intent
 * @param confidence its probability
 * @param runnerUp   the second most probable intent
 * @param assessment what the message says about urgency
 */
public record Scored(LabelledMessage message, String top, double confidence, String runnerUp, Assessment assessment) {

    /** A scored message without emergency words (public data sets, the classifier alone). */
    public Scored(LabelledMessage message, String top, double confidence, String runnerUp) {
        this(message, top, confidence, runnerUp, Assessment.none(false));
    }

    String decided(Routing routing, double threshold) {
        return routing.decide(new Prediction(top, confidence, runnerUp, 0), assessment, threshold).intent();
    }
}
