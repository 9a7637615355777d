package healthbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a message as a whole and sentence by sentence, and decides on evidence whether it is ours.
 *
 * <p>Why: the classifier's out-of-scope class is trained on everyday requests, so the ordinary words
 * of a story ("moved", "kids", "month") pull a long message towards it, and a question told after
 * two sentences of background fell back. The decision, in order:
 * <ol>
 *   <li><b>Whole.</b> The whole message's best topic at the confidence threshold is the answer,
 *       unless the sentence that asks is more confidently another topic, or several sentences ask
 *       and none of them is the whole's topic (a blend of two questions): the first that asks decides.</li>
 *   <li><b>The question with its evidence.</b> Otherwise the sentences that ask (a question mark or
 *       an indirect question) and those with topic words are read together without the rest of the
 *       story; a topic at {@link Policy#sentenceConfidence} is the answer.</li>
 *   <li><b>Sentences.</b> Otherwise, of the sentences read as a topic at
 *       {@link Policy#sentenceConfidence}, one that asks, else the most confident.</li>
 *   <li><b>Evidence against everyday.</b> Otherwise, when the message has the content's topic words
 *       ({@link TopicWords}), the everyday detector (the out-of-scope class's probability, of the
 *       whole or of the sentences that carry the evidence, whichever is lower) is below
 *       {@link Policy#everyday}, and the message does not ask only something out of scope (every
 *       sentence that asks out of scope at {@link Policy#everyday}, with no topic word of its own):
 *       the topics' shares of probability (of the question with its evidence when there is one)
 *       decide. One topic with {@link Policy#answerShare} or more that the topic words also point
 *       to is answered; else the two or three likeliest topics, those the words point to first, are
 *       offered ({@link Reading#likely()}).</li>
 *   <li><b>No evidence, weak guess.</b> A topic guess below {@link Policy#bareConfidence} in a message
 *       with no topic word at all is not answered ("refer to me as nick" is not about referrals):
 *       the fallback.</li>
 *   <li><b>Words against a middling guess.</b> A topic answered below 0.6 that the topic words do not
 *       point to gives way to a near-tie runner-up that they do ("a newborn ... the baby check-ups").</li>
 * </ol>
 * Only {@code TOPIC} intents are chosen here; emergencies stay with the {@link Assessment} and the
 * whole message (a message the classifier reads as an emergency at the threshold is not read further), small talk with the whole message. A second topic asked in another sentence is
 * {@link Reading#alsoAsked()}.
 */
final class StoryReader {

    /**
     * The decision's thresholds.
     *
     * @param sentenceConfidence a sentence's topic confidence to be read as the question
     * @param everyday           the everyday detector's probability at which it beats the topic words
     * @param answerShare        a topic's share of the topics' probability to be answered on evidence
     * @param bareConfidence     the confidence a topic needs in a message without any topic word
     */
    record Policy(double sentenceConfidence, double everyday, double answerShare, double bareConfidence) {

        static final Policy DEFAULT = new Policy(0.5, 0.9, 0.6, 0.55);

        /**
         * {@link #DEFAULT}, each value replaceable by a system property ({@code story.sentence},
         * {@code story.everyday}, {@code story.answer}, {@code story.bare}): how the alternatives in
         * {@code docs/stories.md} were measured without a rebuild.
         */
        static Policy fromSystemProperties() {
            return new Policy(property("story.sentence", DEFAULT.sentenceConfidence),
                    property("story.everyday", DEFAULT.everyday), property("story.answer", DEFAULT.answerShare),
                    property("story.bare", DEFAULT.bareConfidence));
        }

        private static double property(String name, double otherwise) {
            String value = System.getProperty(name);
            return value == null ? otherwise : Double.parseDouble(value.strip());
        }
    }

    /**
     * Switches for measuring the outside-service reading's parts without a rebuild (docs/stories.md):
     * {@code -Doutside.rescue=false} never reads a fallback again without its outside words;
     * {@code -Doutside.clauses=false} weighs the whole asking sentence, not its asking clauses.
     */
    private static final boolean RESCUE = !"false".equals(System.getProperty("outside.rescue"));
    private static final boolean CLAUSES = !"false".equals(System.getProperty("outside.clauses"));

    private static final double THIRD_LIKELY_SHARE = 0.15;
    /**
     * Below this, a topic guess the topic words do not point to gives way to a runner-up that they
     * do point to and that is nearly as likely ({@link #NEAR_TIE} of its confidence).
     */
    private static final double WORDS_DISAGREE = 0.6;
    private static final double NEAR_TIE = 0.75;
    /** How sure the classifier must be that a message's first sentence is small talk for {@link #socialOpening}. */
    private static final double SOCIAL_OPENING = 0.9;

    private final IntentClassifier classifier;
    private final Set<String> topics;
    private final TopicWords topicWords;
    private final OutsideWords outside;
    private final Policy policy;
    private final boolean[] isTopic;
    private final int fallbackIndex;
    private final String fallback;
    private final String emergency;
    private final Set<String> social;

    /**
     * @param topics   the intents a message may be read as here (the content's {@code TOPIC} intents)
     * @param fallback  the out-of-scope intent, whose probability is the everyday detector
     * @param emergency the emergency intent: a message the classifier reads as one is left whole
     */
    StoryReader(IntentClassifier classifier, Set<String> topics, String fallback, String emergency, TopicWords topicWords,
                Policy policy) {
        this(classifier, topics, fallback, emergency, topicWords, OutsideWords.none(), Set.of(), policy);
    }

    /**
     * @param outside the services and things the bot does not cover: a question about one of them and no topic is the fallback
     * @param social  the small-talk intents (thanks, goodbye...): a message that opens with one and asks nothing is that
     */
    StoryReader(IntentClassifier classifier, Set<String> topics, String fallback, String emergency, TopicWords topicWords,
                OutsideWords outside, Set<String> social, Policy policy) {
        this.classifier = classifier;
        this.topics = Set.copyOf(topics);
        this.topicWords = topicWords;
        this.outside = outside;
        this.policy = policy;
        this.fallback = fallback;
        this.emergency = emergency;
        this.social = Set.copyOf(social);
        List<String> labels = classifier.labels();
        isTopic = new boolean[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            isTopic[i] = topics.contains(labels.get(i));
        }
        fallbackIndex = labels.indexOf(fallback);
        if (fallbackIndex < 0) {
            throw new IllegalArgumentException("the classifier has no out-of-scope class \"" + fallback + "\"");
        }
    }

    /** One sentence of a message: the classifier's probabilities, best two, and its topic words. */
    private record Part(Prediction prediction, double[] p, TopicWords.Found found) {}

    /**
     * @param text       the message as written (sentence ends are read from it)
     * @param normalized the message after {@link TextNormalizer#normalize}
     * @param tokens     the classifier's tokens of {@code normalized}
     * @param threshold  the confidence at which a topic is answered
     */
    Reading read(String text, String normalized, List<String> tokens, double threshold) {
        TopicWords.Message words = topicWords.message(normalized); // split once for the topic and the outside words
        Reading r = readStory(text, normalized, tokens, threshold, words);
        if (r.prediction().intent().equals(emergency) || normalized.isEmpty() || !outside.named(words)) {
            return r; // an emergency is never read away; without outside words there is nothing to weigh
        }
        List<Sentences.Sentence> sentences = Sentences.split(text);
        Asked asked = asked(sentences);
        if (!asked.groups().isEmpty() && !asked.topicWordAsked()) {
            if (r.prediction().intent().equals(fallback) && r.likely().isEmpty()) {
                return r.withOutside(asked.groups());
            }
            double[] wp = classifier.probabilities(tokens);
            return new Reading(new Prediction(fallback, wp[fallbackIndex], r.prediction().intent(), r.prediction().confidence()),
                    r.whole(), r.sentences(), -1, null, List.of(), 0, r.evidence(), List.copyOf(asked.groups()));
        }
        if (RESCUE && r.prediction().intent().equals(fallback) && r.likely().isEmpty()) {
            String without = withoutOutsideWords(sentences);
            String n = TextNormalizer.normalize(without);
            if (topicWords.find(n).any()) {
                Reading again = readStory(without, n, classifier.tokensOfNormalized(n), threshold, topicWords.message(n));
                if (isAnswer(again.prediction(), threshold) || !again.likely().isEmpty()) {
                    return again; // "I got my medicine at the pharmacy, but now I need a GP": the GP, read without the pharmacy
                }
            }
        }
        return r;
    }

    /** What the message asks about: the outside groups named where it asks, and whether a topic word is asked about too. */
    private record Asked(Set<String> groups, boolean topicWordAsked) {}

    /**
     * The part of the message that asks: the sentences that ask (all of them when none does), and of a
     * sentence cut into clauses where a second question starts ("My GP gave me a prescription, which
     * pharmacy is open on Sunday?"), the clauses that start with a question word, unless those name
     * neither an outside thing nor a topic word; what they name ({@link OutsideWords#find}).
     */
    private Asked asked(List<Sentences.Sentence> sentences) {
        boolean anyAsks = sentences.stream().anyMatch(Sentences.Sentence::asks);
        Set<String> groups = new java.util.LinkedHashSet<>();
        boolean topicAsked = false;
        for (Sentences.Sentence s : sentences) {
            if (anyAsks && !s.asks()) {
                continue;
            }
            List<OutsideWords.Found> found = new ArrayList<>();
            boolean named = false;
            for (String piece : CLAUSES ? Sentences.askingClauses(s.text()) : List.of(s.text())) {
                OutsideWords.Found f = outside.find(TextNormalizer.normalize(piece), topicWords);
                found.add(f);
                named |= f.any() || !f.topicWords().isEmpty();
            }
            if (!named) {
                found = List.of(outside.find(TextNormalizer.normalize(s.text()), topicWords));
            }
            for (OutsideWords.Found f : found) {
                groups.addAll(f.groups());
                topicAsked |= !f.topicWords().isEmpty();
            }
        }
        return new Asked(groups, topicAsked);
    }

    /** The message with the outside words left out of each sentence, its sentences kept apart. */
    private String withoutOutsideWords(List<Sentences.Sentence> sentences) {
        StringBuilder out = new StringBuilder();
        for (Sentences.Sentence s : sentences) {
            String rest = outside.find(TextNormalizer.normalize(s.text()), topicWords).rest();
            if (!rest.isBlank()) {
                out.append(out.length() == 0 ? "" : " ").append(rest).append(s.asks() ? "?" : ".");
            }
        }
        return out.toString();
    }

    private Reading readStory(String text, String normalized, List<String> tokens, double threshold, TopicWords.Message words) {
        double[] wp = classifier.probabilities(tokens).clone();
        Prediction whole = top(wp);
        TopicWords.Found found = topicWords.find(words);
        List<Sentences.Sentence> sentences = Sentences.split(text);
        List<Part> parts = new ArrayList<>(sentences.size());
        if (sentences.size() > 1) {
            for (Sentences.Sentence s : sentences) {
                String n = TextNormalizer.normalize(s.text());
                double[] p = classifier.probabilities(classifier.tokensOfNormalized(n)).clone();
                parts.add(new Part(top(p), p, topicWords.find(n)));
            }
        }
        if (whole.intent().equals(emergency) && whole.confidence() >= threshold) {
            return Reading.whole(whole); // an emergency guess is routed as the whole message's, never read away
        }
        boolean wholeIsTopic = isAnswer(whole, threshold);
        Part focus = wholeIsTopic ? null : focus(sentences, parts);
        int best = wholeIsTopic ? theOneThatAsks(sentences, parts, whole) : -1;
        Prediction prediction = best < 0 ? whole : parts.get(best).prediction();
        if (focus != null && topics.contains(focus.prediction().intent())
                && focus.prediction().confidence() >= policy.sentenceConfidence()) {
            prediction = focus.prediction();
        } else if (!wholeIsTopic) {
            best = mostConfidentTopicSentence(sentences, parts);
            prediction = best < 0 ? whole : parts.get(best).prediction();
        }
        List<String> likely = List.of();
        double likelyShare = 0;
        if (!isAnswer(prediction, threshold) && found.any() && everyday(wp, parts) < policy.everyday()
                && !asksOutOfScope(sentences, parts, wp)) {
            double[] q = focus != null ? share(focus.p()) : topicShares(wp, parts);
            List<Integer> order = topicsByShare(q);
            String first = classifier.labels().get(order.get(0));
            if (q[order.get(0)] >= policy.answerShare() && found.intents().contains(first)) {
                prediction = new Prediction(first, Math.max(threshold, q[order.get(0)]),
                        classifier.labels().get(order.get(1)), q[order.get(1)]);
            } else {
                likely = likeliest(q, order, found.intents());
                likelyShare = q[order.get(0)];
            }
        } else if (!found.any() && isAnswer(prediction, threshold) && prediction.confidence() < policy.bareConfidence()) {
            prediction = new Prediction(fallback, wp[fallbackIndex], prediction.intent(), prediction.confidence());
        }
        if (likely.isEmpty() && found.any() && isAnswer(prediction, threshold) && prediction.confidence() < WORDS_DISAGREE
                && !found.intents().contains(prediction.intent()) && found.intents().contains(prediction.runnerUp())
                && topics.contains(prediction.runnerUp()) && prediction.runnerUpConfidence() >= threshold
                && prediction.runnerUpConfidence() >= NEAR_TIE * prediction.confidence()) {
            prediction = new Prediction(prediction.runnerUp(), prediction.runnerUpConfidence(), prediction.intent(),
                    prediction.confidence()); // "a newborn ... the baby check ups": the words decide a near tie
        }
        if (prediction.intent().equals(fallback) && likely.isEmpty() && !found.any() && wp[fallbackIndex] < policy.everyday()) {
            Prediction opening = socialOpening(sentences, parts);
            if (opening != null) {
                prediction = new Prediction(opening.intent(), opening.confidence(), fallback, wp[fallbackIndex]);
            }
        }
        String also = topics.contains(prediction.intent()) ? secondTopic(sentences, parts, prediction.intent()) : null;
        return new Reading(prediction, whole, Math.max(1, sentences.size()), best, also, likely, likelyShare, found.words(),
                List.of());
    }

    /**
     * The small talk a message opens with when the rest only says something about it: the first sentence
     * read as a small-talk intent at {@link #SOCIAL_OPENING}, and no sentence that asks ("thank you!! you
     * saved me a phone call" thanks; "thanks! which pharmacy is open?" and "hi. I need a taxi?" ask); else null.
     * The caller holds it to a message with no topic word whose everyday probability is below
     * {@link Policy#everyday}, so an everyday request after a greeting stays the fallback.
     */
    private Prediction socialOpening(List<Sentences.Sentence> sentences, List<Part> parts) {
        if (parts.size() < 2 || sentences.stream().anyMatch(Sentences.Sentence::asks)) {
            return null;
        }
        Prediction first = parts.get(0).prediction();
        return social.contains(first.intent()) && first.confidence() >= SOCIAL_OPENING ? first : null;
    }

    /** A one-line account of a reading for a developer's console; never the message's text. */
    static String describe(Reading r) {
        return String.format(Locale.ROOT, "whole=%s %.2f route=%s %.2f sentences=%d chosen=%d also=%s likely=%s evidence=%d outside=%s",
                r.whole().intent(), r.whole().confidence(), r.prediction().intent(), r.prediction().confidence(),
                r.sentences(), r.chosen(), r.alsoAsked(), r.likely(), r.evidence().size(), r.outside());
    }

    private boolean isAnswer(Prediction p, double threshold) {
        return topics.contains(p.intent()) && p.confidence() >= threshold;
    }

    /**
     * The sentence that asks, when the whole message's topic is another: the only sentence that
     * asks, read as a topic at {@link Policy#sentenceConfidence} and more confidently than the whole
     * ("Is the dentist free for me? I am 45 and in prison" asks about free dental care, not the list
     * of groups); or, when several sentences ask and each is read as a topic but none as the whole's
     * (a blend of two questions: "How do I get a fastlege? And is the dentist free for my daughter?"
     * is not about the GP's fee), the first of them, also when the whole is read below
     * {@link Policy#sentenceConfidence} as one of the questions (a near tie of the two is no reading of either); else -1.
     */
    private int theOneThatAsks(List<Sentences.Sentence> sentences, List<Part> parts, Prediction whole) {
        List<Integer> asking = new ArrayList<>(2);
        for (int i = 0; i < parts.size(); i++) {
            if (sentences.get(i).asks()) {
                asking.add(i);
            }
        }
        if (asking.isEmpty()) {
            return -1;
        }
        if (asking.size() == 1) {
            Prediction p = parts.get(asking.get(0)).prediction();
            return isConfidentTopic(p) && !p.intent().equals(whole.intent()) && p.confidence() > whole.confidence()
                    ? asking.get(0) : -1;
        }
        boolean wholeSure = whole.confidence() >= policy.sentenceConfidence();
        for (int i : asking) {
            Prediction p = parts.get(i).prediction();
            if (!isConfidentTopic(p) || (wholeSure && p.intent().equals(whole.intent()))) {
                return -1; // a whole read surely as one of the questions stays; an unsure whole is a blend of them
            }
        }
        return asking.get(0);
    }

    private boolean isConfidentTopic(Prediction p) {
        return topics.contains(p.intent()) && p.confidence() >= policy.sentenceConfidence();
    }

    /**
     * The sentence that is the question: of the sentences read as a topic at
     * {@link Policy#sentenceConfidence}, one with a question mark if any (the most confident of
     * them), else the most confident; -1 when none is.
     */
    private int mostConfidentTopicSentence(List<Sentences.Sentence> sentences, List<Part> parts) {
        int best = -1;
        for (int i = 0; i < parts.size(); i++) {
            Prediction p = parts.get(i).prediction();
            if (topics.contains(p.intent()) && p.confidence() >= policy.sentenceConfidence()
                    && (best < 0 || rank(sentences.get(i), p) > rank(sentences.get(best), parts.get(best).prediction()))) {
                best = i;
            }
        }
        return best;
    }

    private static double rank(Sentences.Sentence s, Prediction p) {
        return (s.asks() ? 1 : 0) + p.confidence();
    }

    /**
     * The question read with its evidence: the sentences that ask (a question mark) and those with
     * topic words, without the rest of the story ("The physio wants me twice a week. What will
     * that cost me?" without "I hurt my shoulder lifting boxes at home"); null when that is the
     * whole message, a single sentence or nothing.
     */
    private Part focus(List<Sentences.Sentence> sentences, List<Part> parts) {
        if (parts.size() < 2) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        int count = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (sentences.get(i).asks() || parts.get(i).found().any()) {
                kept.append(sentences.get(i).text()).append(' ');
                count++;
            }
        }
        if (count < 2 || count == parts.size()) {
            return null;
        }
        String n = TextNormalizer.normalize(kept.toString().strip());
        double[] p = classifier.probabilities(classifier.tokensOfNormalized(n)).clone();
        return new Part(top(p), p, topicWords.find(n));
    }

    /**
     * Whether the message asks only something out of scope: the whole and every sentence with a
     * question mark are out of scope at {@link Policy#everyday} and no such sentence has a topic
     * word ("Far trenger plass på sykehjem. Hvordan søker vi om langtidsplass?"): the topic words
     * of the story around it are then no evidence that the question is ours.
     */
    private boolean asksOutOfScope(List<Sentences.Sentence> sentences, List<Part> parts, double[] whole) {
        if (parts.isEmpty() || whole[fallbackIndex] < policy.everyday()) {
            return false;
        }
        boolean asks = false;
        for (int i = 0; i < parts.size(); i++) {
            if (sentences.get(i).asks()) {
                Part part = parts.get(i);
                if (part.found().any() || part.p()[fallbackIndex] < policy.everyday()) {
                    return false;
                }
                asks = true;
            }
        }
        return asks;
    }

    /** The everyday detector: the out-of-scope probability of the whole, or of a sentence with topic words if lower. */
    private double everyday(double[] whole, List<Part> parts) {
        double everyday = whole[fallbackIndex];
        for (Part part : parts) {
            if (part.found().any()) {
                everyday = Math.min(everyday, part.p()[fallbackIndex]);
            }
        }
        return everyday;
    }

    /**
     * A second topic asked: another sentence, or another clause of a sentence with a question mark
     * or of a one-sentence message ("how do I get a GP here, and do I need a referral for
     * physio?"), read as another topic at {@link Policy#sentenceConfidence}; null when none is.
     */
    private String secondTopic(List<Sentences.Sentence> sentences, List<Part> parts, String main) {
        for (Part part : parts) {
            Prediction p = part.prediction();
            if (topics.contains(p.intent()) && p.confidence() >= policy.sentenceConfidence() && !p.intent().equals(main)) {
                return p.intent();
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Sentence s = sentences.get(i);
            if (!s.asks() && sentences.size() > 1) {
                continue;
            }
            List<String> clauses = Sentences.clauses(s.text());
            if (clauses.size() < 2) {
                continue;
            }
            for (String clause : clauses) {
                String n = TextNormalizer.normalize(clause);
                if (!topicWords.find(n).any()) {
                    continue;
                }
                Prediction p = top(classifier.probabilities(classifier.tokensOfNormalized(n)));
                if (topics.contains(p.intent()) && p.confidence() >= policy.sentenceConfidence() && !p.intent().equals(main)) {
                    return p.intent();
                }
            }
        }
        return null;
    }

    private List<Integer> topicsByShare(double[] q) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < q.length; i++) {
            if (isTopic[i]) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Double.compare(q[b], q[a]));
        return order;
    }

    /**
     * The two likeliest topics, and a third when it has a real share; topics the message's words
     * point to come first ("the helsestasjon and the dentist" offers those two), then by share.
     */
    private List<String> likeliest(double[] q, List<Integer> order, Set<String> pointedTo) {
        List<Integer> ranked = new ArrayList<>(order);
        ranked.sort((a, b) -> Boolean.compare(pointedTo.contains(classifier.labels().get(b)),
                pointedTo.contains(classifier.labels().get(a)))); // stable: by share within each group
        List<String> likely = new ArrayList<>(3);
        for (int k = 0; k < 3 && k < ranked.size(); k++) {
            String topic = classifier.labels().get(ranked.get(k));
            if (k < 2 || pointedTo.contains(topic) || q[ranked.get(k)] >= THIRD_LIKELY_SHARE) {
                likely.add(topic);
            }
        }
        return likely;
    }

    /** Each topic's share of the topics' probability, the best over the whole and its sentences. */
    private double[] topicShares(double[] whole, List<Part> parts) {
        double[] q = share(whole);
        for (Part part : parts) {
            double[] s = share(part.p());
            for (int i = 0; i < q.length; i++) {
                q[i] = Math.max(q[i], s[i]);
            }
        }
        return q;
    }

    private double[] share(double[] p) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += isTopic[i] ? p[i] : 0;
        }
        double[] q = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            q[i] = isTopic[i] && sum > 0 ? p[i] / sum : 0;
        }
        return q;
    }

    private Prediction top(double[] p) {
        int best = 0;
        int second = p.length > 1 ? 1 : 0;
        if (p[second] > p[best]) {
            best = 1;
            second = 0;
        }
        for (int l = 2; l < p.length; l++) {
            if (p[l] > p[best]) {
                second = best;
                best = l;
            } else if (p[l] > p[second]) {
                second = l;
            }
        }
        List<String> labels = classifier.labels();
        return new Prediction(labels.get(best), p[best], labels.get(second), p[second]);
    }
}
