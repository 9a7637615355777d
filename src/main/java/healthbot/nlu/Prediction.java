package healthbot.nlu;

/**
 * The classifier's two best guesses.
 *
 * @param intent       the most probable intent
 * @param confidence   its probability, 0..1
 * @param runnerUp     the second most probable intent
 * @param runnerUpConfidence its probability
 */
public record Prediction(String intent, double confidence, String runnerUp, double runnerUpConfidence) {}
