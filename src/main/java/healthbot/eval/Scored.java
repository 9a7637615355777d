package healthbot.eval;

import healthbot.dialogue.Routing;

/**
 * One message as the classifier saw it, kept so that any threshold can be applied afterwards.
 *
 * @param message        the labelled message
 * @param top            the classifier's most probable intent
 * @param confidence     its probability
 * @param runnerUp       the second most probable intent
 * @param emergencyWords whether the emergency detector fired
 * @param severalWords   whether the message has more than one word
 */
public record Scored(LabelledMessage message, String top, double confidence, String runnerUp, boolean emergencyWords,
                     boolean severalWords) {

    String decided(Routing routing, double threshold) {
        return routing.decide(top, confidence, emergencyWords, severalWords, threshold);
    }
}
