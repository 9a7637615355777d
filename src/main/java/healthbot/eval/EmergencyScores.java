package healthbot.eval;

import java.util.Locale;
import java.util.Optional;

/**
 * How well an evaluation told emergencies apart, read off its per-intent scores: of the messages
 * answered with the emergency answer, the share that were emergencies (precision: the bot did not
 * cry wolf), and of the emergencies, the share that got it (recall: none missed).
 *
 * @param precision precision of the emergency intent
 * @param recall    recall of the emergency intent
 * @param support   messages labelled as emergencies
 * @param answered  messages answered as emergencies
 */
public record EmergencyScores(double precision, double recall, int support, int answered) {

    /** The scores of {@code emergencyIntent} in the report, if it has one and it was expected or decided. */
    public static Optional<EmergencyScores> of(EvalReport report, String emergencyIntent) {
        if (emergencyIntent == null) {
            return Optional.empty();
        }
        return report.metrics().perIntent().stream()
                .filter(i -> i.intent().equals(emergencyIntent) && (i.support() > 0 || i.predicted() > 0))
                .findFirst()
                .map(i -> new EmergencyScores(i.precision(), i.recall(), i.support(), i.predicted()));
    }

    /** Two console lines. */
    public String lines() {
        return String.format(Locale.ROOT, "%nemergency precision %.3f (%d answered as an emergency)%n"
                + "emergency recall    %.3f (%d emergencies)%n", precision, answered, recall, support);
    }
}
