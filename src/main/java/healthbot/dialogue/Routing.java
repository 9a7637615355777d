package healthbot.dialogue;

import healthbot.content.Content;
import healthbot.content.Intent;
import healthbot.content.IntentKind;
import healthbot.content.Triage;
import healthbot.nlu.Analysis;
import healthbot.nlu.Assessment;
import healthbot.nlu.Prediction;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which intent answers a message, and how urgently, from the classifier's best guess and the
 * message's {@link Assessment}. The one place for this decision, used by the bot ({@link Turn}),
 * by the apology after a failed turn and by {@code eval} to score it at any threshold. The policy:
 * <ul>
 * <li>a red assessment (the message describes an emergency: "not breathing") gets the emergency
 *     answer, or the specific one of its related intents when that is confidently predicted and the
 *     message says more than one word ("tannlegevakt now, severe pain"; a bare word gets every
 *     number); either way 113 comes first and the reply counts as an emergency;</li>
 * <li>a named assessment (only words that name emergencies: "emergency", "akutt", "113") in a message
 *     the classifier confidently reads as a topic ("is only emergency treatment covered for
 *     prisoners?") gets that topic's answer with a one-line 113 pointer first; otherwise as red;</li>
 * <li>without emergency words, the classifier must be {@code emergencyConfidence} sure of the
 *     emergency intent (its own threshold, chosen on everyday messages); a less sure emergency guess
 *     gets the fallback, which also names 113.</li>
 * </ul>
 * The triage grades ({@code intents/triage/}) go to the answers {@link Triage} names for them:
 * <ul>
 * <li>yellow (must be seen soon) gets the legevakt answer with "call 113 if it gets worse or you are
 *     unsure", before anything else, in any state ({@link Urgency#SOON});</li>
 * <li>dental (tooth pain or injury) gets the emergency dentist's answer, hours-aware, in any state
 *     ({@link Urgency#DENTIST}), unless the classifier is {@code emergencyConfidence} sure of another
 *     topic ("my tooth hurts, is dental care free for my 17-year-old?");</li>
 * <li>green (for the own GP, or a red sign in the past: "had a stroke last year, can I get physio?")
 *     gets a confidently predicted topic's answer with the one-line 113 pointer; otherwise the GP
 *     answer ({@link Urgency#GP}; within a flow or with a confidently predicted topic, only its one-line
 *     pointer before the ordinary answer).</li>
 * </ul>
 * Content without those answers treats yellow and dental as red (113 first) and green as nothing.
 * A guess below the threshold, or the fallback intent itself, gets the fallback; otherwise the guess.
 * A near-tie "did you mean" offers the guess first, so it counts as the guess.
 *
 * @param fallback            the out-of-scope intent's name
 * @param emergency           the emergency intent's name, or null when there is none (public datasets)
 * @param emergencyRelated    intents whose own answer an emergency message may get (emergency's buttons)
 * @param topics              the topic intents (a question naming an emergency may get their answer)
 * @param emergencyConfidence how sure the classifier must be of the emergency intent without emergency words
 * @param triage              the intents answering the triage grades
 */
public record Routing(String fallback, String emergency, Set<String> emergencyRelated, Set<String> topics,
                      double emergencyConfidence, Answers triage) {

    /**
     * The intents answering the triage grades; each may be null when the content names none.
     *
     * @param yellow the legevakt
     * @param dental the emergency dentist
     * @param green  the GP
     */
    public record Answers(String yellow, String dental, String green) {
        static final Answers NONE = new Answers(null, null, null);
    }

    /** How urgently a route is answered. */
    public enum Urgency {
        /** an ordinary answer (or the fallback) */
        NONE,
        /** the intent's answer with a one-line "if a life is in danger, call 113" first */
        POINTER,
        /** an emergency: 113 first, before anything else the conversation was doing */
        EMERGENCY,
        /** yellow: the legevakt answer with "call 113 if it gets worse or you are unsure", before anything else */
        SOON,
        /** dental pain or injury: the emergency dentist's answer, before anything else */
        DENTIST,
        /** green: the GP answer; for another intent (or within a flow) a one-line GP pointer first, then as usual */
        GP
    }

    /**
     * Where a message goes.
     *
     * @param intent           the intent that answers it
     * @param urgency          how urgently
     * @param byClassifierOnly an emergency decided by the classifier alone, without emergency words (a message
     *                         that answers the question being asked is then not taken for one)
     */
    public record Route(String intent, Urgency urgency, boolean byClassifierOnly) {
        static Route ordinary(String intent) {
            return new Route(intent, Urgency.NONE, false);
        }
    }

    public Routing {
        emergencyRelated = Set.copyOf(emergencyRelated);
        topics = Set.copyOf(topics);
        triage = triage == null ? Answers.NONE : triage;
    }

    /** Routing without triage answers. */
    public Routing(String fallback, String emergency, Set<String> emergencyRelated, Set<String> topics,
                   double emergencyConfidence) {
        this(fallback, emergency, emergencyRelated, topics, emergencyConfidence, Answers.NONE);
    }

    /** Routing where the emergency intent needs only the ordinary threshold and naming words always win. */
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
                .map((Intent e) -> new Routing(fallback, e.name(), Set.copyOf(e.buttons()), topics, sure, answers(content)))
                .orElseGet(() -> plain(fallback));
    }

    private static Answers answers(Content content) {
        Triage t = content.triage();
        return new Answers(t.answer(Triage.Grade.YELLOW), t.answer(Triage.Grade.DENTAL), t.answer(Triage.Grade.GREEN));
    }

    /** Routing for a plain classifier without emergency handling. */
    public static Routing plain(String fallback) {
        return new Routing(fallback, null, Set.of());
    }

    /**
     * Where an analysed message goes at this threshold: as {@link #decide(Prediction, Assessment, double)},
     * and a green sign in a question about an outside service ("can I buy eczema cream without a
     * prescription at the pharmacy") is the fallback, not the GP: green is no hurry, and the
     * question is not ours. Red, yellow and dental grades are never read away.
     */
    public Route decide(Analysis analysis, double threshold) {
        return decide(analysis.prediction(), analysis.assessment(), threshold, !analysis.reading().outside().isEmpty(),
                analysis.reading().ours());
    }

    /** Where a message with this guess and this assessment goes at this threshold. */
    public Route decide(Prediction p, Assessment a, double threshold) {
        return decide(p, a, threshold, false, true);
    }

    /**
     * @param outsideAsked the message asks about an outside service (the fallback for a green sign)
     * @param topicWords   the message has topic words: without any, a green sign goes to the GP even
     *                     when the classifier guesses a topic ("a small lump in her breast" is no
     *                     question for the child health clinic)
     */
    private Route decide(Prediction p, Assessment a, double threshold, boolean outsideAsked, boolean topicWords) {
        String top = p.intent();
        boolean confident = p.confidence() >= threshold;
        if (emergency != null) {
            boolean specific = confident && !a.singleWord();
            switch (a.grade()) {
                case RED -> {
                    return new Route(specific && emergencyRelated.contains(top) ? top : emergency, Urgency.EMERGENCY, false);
                }
                case NAMED -> {
                    if (specific && emergencyRelated.contains(top)) {
                        return new Route(top, Urgency.EMERGENCY, false);
                    }
                    return specific && topics.contains(top) ? new Route(top, Urgency.POINTER, false)
                            : new Route(emergency, Urgency.EMERGENCY, false);
                }
                case YELLOW -> {
                    return triage.yellow() != null ? new Route(triage.yellow(), Urgency.SOON, false)
                            : new Route(emergency, Urgency.EMERGENCY, false);
                }
                case DENTAL -> {
                    if (specific && topics.contains(top) && !top.equals(triage.dental())
                            && p.confidence() >= Math.max(threshold, emergencyConfidence)) {
                        return Route.ordinary(top);
                    }
                    return triage.dental() != null ? new Route(triage.dental(), Urgency.DENTIST, false)
                            : new Route(emergency, Urgency.EMERGENCY, false);
                }
                case GREEN -> {
                    if (outsideAsked) {
                        return Route.ordinary(fallback);
                    }
                    if (specific && topics.contains(top) && (topicWords || a.pastRed() || triage.green() == null)) {
                        // a red sign in the past keeps the 113 line; a green one the GP line
                        return new Route(top, a.pastRed() || triage.green() == null ? Urgency.POINTER : Urgency.GP, false);
                    }
                    if (triage.green() != null) {
                        return new Route(triage.green(), Urgency.GP, false);
                    }
                    if (top.equals(emergency)) {
                        return classifierOnly(p, threshold);
                    }
                }
                case NONE -> {
                    if (top.equals(emergency)) { // a sign the words around it cancelled ("no chest pain") is no emergency
                        return a.discounted().isEmpty() ? classifierOnly(p, threshold) : Route.ordinary(fallback);
                    }
                }
            }
        }
        if (top.equals(fallback) || !confident) {
            return Route.ordinary(fallback);
        }
        return Route.ordinary(top);
    }

    /** The emergency intent guessed without emergency words: only when the classifier is sure enough. */
    private Route classifierOnly(Prediction p, double threshold) {
        return p.confidence() >= Math.max(threshold, emergencyConfidence)
                ? new Route(emergency, Urgency.EMERGENCY, true) : Route.ordinary(fallback);
    }
}
