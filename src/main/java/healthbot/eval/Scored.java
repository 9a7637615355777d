package healthbot.eval;

/**
 * One message as the classifier saw it, kept so that any threshold can be applied afterwards.
 *
 * @param message        the labelled message
 * @param top            the classifier's most probable intent
 * @param confidence     its probability
 * @param runnerUp       the second most probable intent
 * @param emergencyWords whether the emergency detector fired
 */
public record Scored(LabelledMessage message, String top, double confidence, String runnerUp, boolean emergencyWords) {

    String decided(Routing routing, double threshold) {
        return routing.decide(top, confidence, emergencyWords, threshold);
    }
}
