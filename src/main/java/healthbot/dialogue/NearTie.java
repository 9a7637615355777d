package healthbot.dialogue;

import healthbot.content.Intent;
import healthbot.nlu.Analysis;
import healthbot.nlu.Prediction;

/**
 * "Did you mean" only when it helps: a near-tie between two intents of the same topic (one
 * offers the other as a button) is resolved from the content instead of asking.
 * <ul>
 *   <li>a flow against an information answer, when the message already states a value the flow
 *       needs ("my 3 year old"): the flow, which can answer for that value;</li>
 *   <li>otherwise the better guess, when its answer offers the other as a button: nothing is lost,
 *       the other is one tap away.</li>
 * </ul>
 * Two intents that do not point to each other still get "did you mean".
 */
final class NearTie {

    private NearTie() {
    }

    /** The intent to answer with, or null when "did you mean" should ask. */
    static String resolve(Knowledge k, Prediction p, Analysis analysis, java.util.List<String> languages) {
        Intent top = k.intent(p.intent());
        Intent second = k.intent(p.runnerUp());
        if (!top.buttons().contains(second.name()) && !second.buttons().contains(top.name())) {
            return null;
        }
        if (top.hasFlow() != second.hasFlow()) {
            Intent flow = top.hasFlow() ? top : second;
            if (!k.slots.prefill(flow.flow(), analysis, languages).values().isEmpty()) {
                return flow.name();
            }
        }
        return top.buttons().contains(second.name()) ? top.name() : null;
    }
}
