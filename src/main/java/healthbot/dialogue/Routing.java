package healthbot.dialogue;

import healthbot.content.Content;
import healthbot.content.Intent;
import healthbot.content.IntentKind;
import healthbot.nlu.EmergencyCue;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which intent answers a message outside a flow, from the classifier's best guess and the message's
 * emergency triggers. One place for the decision, used by the bot ({@link Turn}) and by {@code eval}
 * to score it at any threshold. The emergency policy:
 * <ul>
 * <li>a trigger that <em>describes</em> an emergency ("not breathing") gets the emergency answer, or
 *     the specific one of its related intents when that is confidently predicted and the message says
 *     more than one word ("tannlegevakt now, severe pain"; a bare "emergency" gets every number);</li>
 * <li>triggers that only <em>name</em> emergencies ("emergency", "akutt", "113") in a message the
 *     classifier confidently reads as a topic ("is only emergency treatment covered for prisoners?")
 *     get that topic's answer (the bot puts a one-line 113 pointer first); otherwise the emergency answer;</li>
 * <li>without a trigger, the classifier must be {@code emergencyConfidence} sure of the emergency
 *     intent (its own threshold, chosen on everyday messages); a less sure emergency guess gets the
 *     fallback, which also names 113.</li>
 * </ul>
 * A guess below the threshold, or the fallback intent itself, gets the fallback; otherwise the guess.
 * A near-tie "did you mean" offers the guess first, so it counts as the guess.
 *
 * @param fallback            the out-of-scope intent's name
 * @param emergency           the emergency intent's name, or null when there is none (public datasets)
 * @param emergencyRelated    intents whose own answer an emergency message may get (emergency's buttons)
 * @param topics              the topic intents (a question naming an emergency may get their answer)
 * @param emergencyConfidence how sure the classifier must be of the emergency intent without a trigger
 */
public record Routing(String fallback, String emergency, Set<String> emergencyRelated, Set<String> topics,
                      double emergencyConfidence) {

    public Routing {
        emergencyRelated = Set.copyOf(emergencyRelated);
        topics = Set.copyOf(topics);
    }

    /** Routing where the emergency intent needs only the ordinary threshold and naming triggers always win. */
    public Routing(String fallback, String emergency, Set<String> emergencyRelated) {
        this(fallback, emergency, emergencyRelated, Set.of(), 0);
    }

    /** The routing of the content's emergency, fallback and topic intents. */
    public static Routing of(Content content) {
        String fallback = content.intentOfKind(IntentKind.FALLBACK).name();
        Set<String> topics = content.intents().stream().filter(i -> i.kind() == IntentKind.TOPIC)
                .map(Intent::name).collect(Collectors.toSet());
        double sure = content.settings().emergencyConfidence();
        return content.intents().stream().filter(i -> i.kind() == IntentKind.EMERGENCY).findFirst()
                .map((Intent e) -> new Routing(fallback, e.name(), Set.copyOf(e.buttons()), topics, sure))
                .orElseGet(() -> plain(fallback));
    }

    /** Routing for a plain classifier without emergency handling. */
    public static Routing plain(String fallback) {
        return new Routing(fallback, null, Set.of());
    }

    /** {@link #decide(String, double, EmergencyCue, boolean, double)} for a message of several words. */
    public String decide(String top, double confidence, boolean emergencyWords, double threshold) {
        return decide(top, confidence, emergencyWords, true, threshold);
    }

    /** As {@link #decide(String, double, EmergencyCue, boolean, double)}, any trigger counting as a description. */
    public String decide(String top, double confidence, boolean emergencyWords, boolean severalWords, double threshold) {
        return decide(top, confidence, emergencyWords ? EmergencyCue.DESCRIBED : EmergencyCue.NONE, severalWords, threshold);
    }

    /** The intent that answers a message with this guess and these triggers at this threshold. */
    public String decide(String top, double confidence, EmergencyCue cue, boolean severalWords, double threshold) {
        boolean confident = confidence >= threshold;
        if (emergency != null) {
            boolean specific = confident && severalWords;
            switch (cue) {
                case DESCRIBED -> {
                    return specific && emergencyRelated.contains(top) ? top : emergency;
                }
                case NAMED -> {
                    return specific && (emergencyRelated.contains(top) || topics.contains(top)) ? top : emergency;
                }
                case NONE -> {
                    if (top.equals(emergency)) {
                        return confidence >= Math.max(threshold, emergencyConfidence) ? emergency : fallback;
                    }
                }
            }
        }
        if (top.equals(fallback) || !confident) {
            return fallback;
        }
        return top;
    }

    /** Whether a message routed to {@code intent} because of emergency triggers is itself an emergency. */
    public boolean answersAnEmergency(String intent) {
        return intent.equals(emergency) || emergencyRelated.contains(intent);
    }
}
