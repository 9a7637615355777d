package healthbot.studio;

import healthbot.content.Content;
import healthbot.eval.EvalReport;
import healthbot.eval.Evaluator;
import healthbot.eval.Metrics;
import healthbot.nlu.IntentClassifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The understanding tab: the {@code eval} cross-validation summary for the content as it is now,
 * run in the background with its progress, and the top intents for one message.
 */
final class Understanding {

    private static final int FOLDS = 5;
    private static final int TOP = 5;

    /** The summary the page shows. */
    record Summary(int examples, int intents, double accuracy, double macroF1, Double oosRecall, Double oosPrecision,
                   double threshold, double seconds, List<EvalReport.ConfusedPair> confusedPairs) {}

    /** Where a run is: not started, running with a percentage, done with a summary, or failed. */
    record Status(String state, int percent, Summary summary, String error) {}

    private final AtomicInteger percent = new AtomicInteger();
    private volatile Status status = new Status("idle", 0, null, null);

    Status status() {
        Status s = status;
        return s.state().equals("running") ? new Status("running", percent.get(), null, null) : s;
    }

    /** Starts a run on its own thread unless one is running. @return whether it started */
    synchronized boolean start(Content content) {
        if (status.state().equals("running")) {
            return false;
        }
        percent.set(0);
        status = new Status("running", 0, null, null);
        Thread t = new Thread(() -> run(content), "studio-eval");
        t.setDaemon(true);
        t.start();
        return true;
    }

    private void run(Content content) {
        try {
            Evaluator evaluator = Evaluator.withProgressListener(percent::set);
            EvalReport r = evaluator.crossValidate(Evaluator.forContent(content, null), Evaluator.examplesOf(content), FOLDS);
            Metrics m = r.metrics();
            status = new Status("done", 100, new Summary(m.messages(), r.intents(), m.accuracy(), m.macroF1(),
                    m.oosRecall(), m.oosPrecision(), r.threshold(), r.seconds(), r.confusedPairs()), null);
        } catch (RuntimeException e) {
            status = new Status("failed", percent.get(), null, e.getMessage());
        }
    }

    record Scored(String intent, double score) {}

    /** The classifier's best intents for one message, best first. */
    static List<Scored> top(IntentClassifier classifier, String message) {
        double[] p = classifier.probabilities(message).clone();
        List<String> labels = classifier.labels();
        List<Scored> all = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            all.add(new Scored(labels.get(i), p[i]));
        }
        all.sort(Comparator.comparingDouble(Scored::score).reversed());
        return List.copyOf(all.subList(0, Math.min(TOP, all.size())));
    }
}
