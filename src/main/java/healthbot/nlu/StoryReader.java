package healthbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a message as a whole and sentence by sentence. (Experimental knobs while measuring.)
 */
final class StoryReader {

    static final double SENTENCE_CONFIDENCE = Double.parseDouble(System.getProperty("story.sentence", "0.5"));
    static final double EVERYDAY = Double.parseDouble(System.getProperty("story.everyday", "0.9"));
    static final double ANSWER_SHARE = Double.parseDouble(System.getProperty("story.answer", "0.6"));
    static final int MODE = Integer.getInteger("story.mode", 2);
    static final boolean DEBUG = Boolean.getBoolean("story.debug");
    static final boolean AGREE = !Boolean.getBoolean("story.anyshare");

    private final IntentClassifier classifier;
    private final Set<String> topics;
    private final TopicWords topicWords;
    private final boolean[] isTopic;
    private final int fallbackIndex;

    StoryReader(IntentClassifier classifier, Set<String> topics, String fallback, TopicWords topicWords) {
        this.classifier = classifier;
        this.topics = Set.copyOf(topics);
        this.topicWords = topicWords;
        List<String> labels = classifier.labels();
        isTopic = new boolean[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            isTopic[i] = topics.contains(labels.get(i));
        }
        fallbackIndex = labels.indexOf(fallback);
    }

    private record Part(Prediction prediction, double[] p, TopicWords.Found found) {}

    Reading read(String text, String normalized, List<String> tokens, double threshold) {
        double[] wp = classifier.probabilities(tokens).clone();
        Prediction whole = top(wp);
        TopicWords.Found found = topicWords.find(normalized);
        if (MODE == 0) {
            return Reading.whole(whole);
        }
        List<Sentences.Sentence> sentences = Sentences.split(text);
        List<Part> parts = new ArrayList<>(sentences.size());
        if (sentences.size() > 1) {
            for (Sentences.Sentence s : sentences) {
                String n = TextNormalizer.normalize(s.text());
                double[] p = classifier.probabilities(classifier.tokensOfNormalized(n)).clone();
                parts.add(new Part(top(p), p, topicWords.find(n)));
            }
        }
        int best = -1;
        for (int i = 0; i < parts.size(); i++) {
            Prediction p = parts.get(i).prediction();
            if (topics.contains(p.intent()) && p.confidence() >= SENTENCE_CONFIDENCE
                    && (best < 0 || p.confidence() > parts.get(best).prediction().confidence())) {
                best = i;
            }
        }
        boolean wholeIsTopic = topics.contains(whole.intent()) && whole.confidence() >= threshold;
        int chosen = wholeIsTopic || best < 0 ? -1 : best;
        Prediction prediction = chosen < 0 ? whole : parts.get(chosen).prediction();
        List<String> likely = List.of();
        double likelyShare = 0;
        boolean answered = topics.contains(prediction.intent()) && prediction.confidence() >= threshold;
        // the everyday detector: the fallback class of the whole, or of every sentence with evidence
        double everyday = wp[fallbackIndex];
        for (Part part : parts) {
            if (part.found().any()) {
                everyday = Math.min(everyday, part.p()[fallbackIndex]);
            }
        }
        if (DEBUG) {
            double[] q = topicShares(wp, parts);
            int qi = argmax(q);
            System.err.printf(java.util.Locale.ROOT, "DEBUG whole=%s %.2f fb=%.2f everyday=%.2f ev=%s shareTop=%s %.2f answered=%s%n",
                    whole.intent(), whole.confidence(), wp[fallbackIndex], everyday, found.intents(),
                    classifier.labels().get(qi), q[qi], answered ? prediction.intent() : "-");
        }
        if (MODE >= 2 && !answered && found.any() && everyday < EVERYDAY) {
            double[] q = topicShares(wp, parts);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < q.length; i++) {
                if (isTopic[i]) {
                    order.add(i);
                }
            }
            order.sort((a, b) -> Double.compare(q[b], q[a]));
            String first = classifier.labels().get(order.get(0));
            if (q[order.get(0)] >= ANSWER_SHARE && (!AGREE || found.intents().contains(first))) {
                prediction = new Prediction(first, Math.max(threshold, q[order.get(0)]), classifier.labels().get(order.get(1)), q[order.get(1)]);
            } else {
                List<String> l = new ArrayList<>();
                for (int k = 0; k < 3 && k < order.size(); k++) {
                    if (k < 2 || q[order.get(k)] >= 0.15) {
                        l.add(classifier.labels().get(order.get(k)));
                    }
                }
                likely = l;
                likelyShare = q[order.get(0)];
            }
        }
        String main = prediction.intent();
        String also = null;
        for (Part part : parts) {
            Prediction p = part.prediction();
            if (topics.contains(p.intent()) && p.confidence() >= SENTENCE_CONFIDENCE && !p.intent().equals(main)) {
                also = p.intent();
                break;
            }
        }
        return new Reading(prediction, whole, Math.max(1, sentences.size()), chosen, topics.contains(main) ? also : null,
                likely, likelyShare, found.words());
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

    private static int argmax(double[] a) {
        int best = 0;
        for (int i = 1; i < a.length; i++) {
            if (a[i] > a[best]) {
                best = i;
            }
        }
        return best;
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
