package healthbot.eval;

import java.util.Set;

/**
 * The bot's decision from the classifier's best guess to the intent that answers, as
 * {@code healthbot.dialogue.Bot} makes it for a message outside a flow: an emergency (trigger
 * words, or the emergency intent above the threshold) gets the emergency answer, or the specific
 * one of its related intents when that is confidently predicted ("tannlegevakt now"); a guess
 * below the threshold, or the fallback intent itself, gets the fallback; otherwise the guess.
 * A near-tie "did you mean" offers the guess first, so it counts as the guess.
 *
 * @param fallback         the out-of-scope intent's name
 * @param emergency        the emergency intent's name, or null when there is none (public datasets)
 * @param emergencyRelated intents whose own answer an emergency message may get (emergency's buttons)
 */
public record Routing(String fallback, String emergency, Set<String> emergencyRelated) {

    public Routing {
        emergencyRelated = Set.copyOf(emergencyRelated);
    }

    /** Routing for a plain classifier without emergency handling. */
    public static Routing plain(String fallback) {
        return new Routing(fallback, null, Set.of());
    }

    /** The intent that answers a message with this guess at this threshold. */
    public String decide(String top, double confidence, boolean emergencyWords, double threshold) {
        boolean confident = confidence >= threshold;
        if (emergency != null && (emergencyWords || top.equals(emergency) && confident)) {
            return emergencyRelated.contains(top) && confident ? top : emergency;
        }
        if (top.equals(fallback) || !confident) {
            return fallback;
        }
        return top;
    }
}
