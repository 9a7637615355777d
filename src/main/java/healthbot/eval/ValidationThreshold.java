package healthbot.eval;

import healthbot.dialogue.Routing;

import java.util.List;

/**
 * Chooses the confidence threshold on a validation set by the rule of Larson et al. 2019 ("An
 * Evaluation Dataset for Intent Classification and Out-of-Scope Prediction"): the threshold with the
 * best accuracy over all validation messages, out-of-scope counted as a class of its own (a message
 * below the threshold is decided out-of-scope). The test data is then scored at that threshold, so
 * no figure reported on it was tuned on it.
 *
 * <p>Candidates are 0.00, 0.01, …, 1.00: finer steps only fit the validation set's noise. Ties go to
 * the lowest threshold, which answers the most messages.
 */
final class ValidationThreshold {

    static final int STEPS = 100;

    private ValidationThreshold() {
    }

    /**
     * What the validation set chose.
     *
     * @param threshold the chosen confidence threshold
     * @param atChoice  the validation set's scores at that threshold
     * @param messages  how many validation messages chose it
     */
    record Choice(double threshold, ThresholdRow atChoice, int messages) {}

    /** @throws IllegalArgumentException when there is nothing to choose from */
    static Choice choose(List<Scored> validation, Routing routing) {
        if (validation.isEmpty()) {
            throw new IllegalArgumentException("the validation set is empty: give at least one labelled message");
        }
        ThresholdRow best = null;
        for (int step = 0; step <= STEPS; step++) {
            ThresholdRow row = ThresholdSweep.row(validation, routing, (double) step / STEPS);
            if (best == null || row.accuracy() > best.accuracy() + 1e-12) {
                best = row;
            }
        }
        return new Choice(best.threshold(), best, validation.size());
    }
}
