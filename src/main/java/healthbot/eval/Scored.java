package healthbot.eval;

import healthbot.dialogue.Routing;
import healthbot.nlu.EmergencyCue;

/**
 * One message as the classifier saw it, kept so that any threshold can be applied afterwards.
 *
 * @param message        the labelled message
 * @param top            the classifier's most probable intent
 * @param confidence     its probability
 * @param runnerUp       the second most probable intent
 * @param emergencyCue   what the emergency detector found
 * @param severalWords   whether the message has more than one word
 */
public record Scored(LabelledMessage message, String top, double confidence, String runnerUp, EmergencyCue emergencyCue,
                     boolean severalWords) {

    /** A scored message whose triggers, if any, describe an emergency. */
    public Scored(LabelledMessage message, String top, double confidence, String runnerUp, boolean emergencyWords,
                  boolean severalWords) {
        this(message, top, confidence, runnerUp, emergencyWords ? EmergencyCue.DESCRIBED : EmergencyCue.NONE, severalWords);
    }

    String decided(Routing routing, double threshold) {
        return routing.decide(top, confidence, emergencyCue, severalWords, threshold);
    }
}
