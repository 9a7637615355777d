package healthbot.dialogue;

import healthbot.content.Content;
import healthbot.content.Intent;
import healthbot.content.IntentKind;

import java.util.Set;

/**
 * Which intent answers a message outside a flow, from the classifier's best guess. One place for
 * the decision, used by the bot ({@link Turn}) and by {@code eval} to score it at any threshold:
 * an emergency (trigger words, or the emergency intent above the threshold) gets the emergency
 * answer, or the specific one of its related intents when that is confidently predicted and the
 * message says more than one word ("tannlegevakt now"; a bare "emergency" gets every number);
 * a guess below the threshold, or the fallback intent itself, gets the fallback; otherwise the guess.
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

    /** The routing of the content's emergency and fallback intents. */
    public static Routing of(Content content) {
        String fallback = content.intentOfKind(IntentKind.FALLBACK).name();
        return content.intents().stream().filter(i -> i.kind() == IntentKind.EMERGENCY).findFirst()
                .map((Intent e) -> new Routing(fallback, e.name(), Set.copyOf(e.buttons())))
                .orElseGet(() -> plain(fallback));
    }

    /** Routing for a plain classifier without emergency handling. */
    public static Routing plain(String fallback) {
        return new Routing(fallback, null, Set.of());
    }

    /** {@link #decide(String, double, boolean, boolean, double)} for a message of several words. */
    public String decide(String top, double confidence, boolean emergencyWords, double threshold) {
        return decide(top, confidence, emergencyWords, true, threshold);
    }

    /** The intent that answers a message with this guess at this threshold. */
    public String decide(String top, double confidence, boolean emergencyWords, boolean severalWords, double threshold) {
        boolean confident = confidence >= threshold;
        if (emergency != null && (emergencyWords || top.equals(emergency) && confident)) {
            return emergencyRelated.contains(top) && confident && severalWords ? top : emergency;
        }
        if (top.equals(fallback) || !confident) {
            return fallback;
        }
        return top;
    }
}
