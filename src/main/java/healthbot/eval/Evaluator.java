package healthbot.eval;

import healthbot.dialogue.Routing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an evaluation: k-fold cross-validation over one labelled set, or training on one set and
 * scoring another; then applies the routing at the chosen threshold and gathers the report.
 */
public final class Evaluator {

    static final long SEED = 42;
    private static final int MAX_MISSES = 500;
    private static final int MAX_PAIRS = 15;
    private static final int EXAMPLES_PER_PAIR = 3;

    private final Progress progress;

    Evaluator(Progress progress) {
        this.progress = progress;
    }

    /** @param progressOut where the progress bar is drawn (stderr), or null for none */
    public static Evaluator withProgressOn(java.io.PrintStream progressOut) {
        return new Evaluator(new Progress(progressOut));
    }

    /** An evaluator that reports each new whole percentage of its work to {@code percent} (no progress bar). */
    public static Evaluator withProgressListener(java.util.function.IntConsumer percent) {
        return new Evaluator(new Progress(null, percent));
    }

    /** What to evaluate and how to decide. */
    public record Setup(Model.Trainer trainer, Routing routing, double threshold, List<String> labelOrder,
                        String trainedOn) {}

    /** Setup for the bot's own content (its pipeline, routing and threshold unless one is given). */
    public static Setup forContent(healthbot.content.Content content, Double threshold) {
        Routing routing = Routing.of(content);
        List<String> order = content.intents().stream().map(healthbot.content.Intent::name).toList();
        return new Setup(Model.ofContent(content), routing,
                threshold != null ? threshold : content.settings().confidenceThreshold(), order, content.dir().toString());
    }

    /** Setup for a labelled file trained with the classifier alone. */
    public static Setup forFile(String trainedOn, String oosLabel, double threshold) {
        return forFile(trainedOn, oosLabel, threshold, healthbot.nlu.Training.MAXENT);
    }

    /** {@link #forFile(String, String, double)} with the classifier trained the given way. */
    public static Setup forFile(String trainedOn, String oosLabel, double threshold,
                                healthbot.nlu.Training training) {
        return new Setup(Model.classifierOnly(training), Routing.plain(oosLabel), threshold, List.of(), trainedOn);
    }

    /** Every example of the content, labelled with its intent. */
    public static List<LabelledMessage> examplesOf(healthbot.content.Content content) {
        return Model.examplesOf(content);
    }

    /** Stratified k-fold cross-validation over {@code examples}. */
    public EvalReport crossValidate(Setup setup, List<LabelledMessage> examples, int folds) {
        long start = System.nanoTime();
        resetPeakHeap();
        int[] fold = StratifiedFolds.assign(examples, folds, SEED);
        Scored[] scored = new Scored[examples.size()];
        long[] trainNanos = new long[folds];
        progress.start(folds + "-fold cross-validation", 2L * examples.size() * (folds - 1) / folds + examples.size());
        int threads = Math.max(1, Math.min(folds, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int f = 0; f < folds; f++) {
                int current = f;
                jobs.add(pool.submit(() -> {
                    List<LabelledMessage> train = new ArrayList<>();
                    List<Integer> test = new ArrayList<>();
                    for (int i = 0; i < examples.size(); i++) {
                        if (fold[i] == current) {
                            test.add(i);
                        } else {
                            train.add(examples.get(i));
                        }
                    }
                    long t0 = System.nanoTime();
                    Model model = setup.trainer().train(train);
                    trainNanos[current] = System.nanoTime() - t0;
                    progress.advance(2L * train.size());
                    for (int i : test) {
                        scored[i] = model.score(examples.get(i));
                        progress.advance(1);
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        double trainSeconds = Arrays.stream(trainNanos).average().orElse(0) / 1e9;
        return report(setup, folds + "-fold cross-validation (stratified, seed " + SEED + ")", setup.trainedOn(),
                examples.size() + " examples, each scored by the fold that did not train on it",
                Arrays.asList(scored), examples.size() * (folds - 1) / folds, start, trainSeconds);
    }

    /** Trains on {@code training} and scores {@code data}. */
    public EvalReport holdout(Setup setup, List<LabelledMessage> training, List<LabelledMessage> data, String dataName) {
        long start = System.nanoTime();
        resetPeakHeap();
        progress.start("training on " + training.size() + " examples, scoring " + data.size(), 2L * training.size() + data.size());
        long t0 = System.nanoTime();
        Model model = setup.trainer().train(training);
        double trainSeconds = (System.nanoTime() - t0) / 1e9;
        progress.advance(2L * training.size());
        List<Scored> scored = new ArrayList<>(data.size());
        for (LabelledMessage m : data) {
            scored.add(model.score(m));
            progress.advance(1);
        }
        progress.finish();
        return report(setup, "held-out", setup.trainedOn(), dataName + " (" + data.size() + " messages)", scored,
                training.size(), start, trainSeconds);
    }

    /**
     * The benchmark protocol of Larson et al. 2019: trains on {@code training}, chooses the confidence
     * threshold on {@code validation} ({@link ValidationThreshold}), then scores {@code data} at that
     * threshold. The report's threshold is the chosen one, and its mode says where it came from.
     */
    public EvalReport validated(Setup setup, List<LabelledMessage> training, List<LabelledMessage> validation,
                                String validationName, List<LabelledMessage> data, String dataName) {
        long start = System.nanoTime();
        resetPeakHeap();
        progress.start("training on " + training.size() + " examples, choosing the threshold on " + validation.size()
                + ", scoring " + data.size(), 2L * training.size() + validation.size() + data.size());
        long t0 = System.nanoTime();
        Model model = setup.trainer().train(training);
        double trainSeconds = (System.nanoTime() - t0) / 1e9;
        progress.advance(2L * training.size());
        ValidationThreshold.Choice choice = ValidationThreshold.choose(scoreAll(model, validation), setup.routing());
        List<Scored> scored = scoreAll(model, data);
        progress.finish();
        ThresholdRow there = choice.atChoice();
        String mode = String.format(Locale.ROOT, "held-out at threshold %.2f, chosen on %s (%d messages) by the best "
                        + "accuracy with out-of-scope as a class (Larson et al. 2019; there: accuracy %.3f, in-scope "
                        + "accuracy %.3f, out-of-scope recall %s)", choice.threshold(), validationName, choice.messages(),
                there.accuracy(), there.inScopeAccuracy(),
                there.oosRecall() == null ? "n/a" : String.format(Locale.ROOT, "%.3f", there.oosRecall()));
        Setup chosen = new Setup(setup.trainer(), setup.routing(), choice.threshold(), setup.labelOrder(), setup.trainedOn());
        return report(chosen, mode, setup.trainedOn(), dataName + " (" + data.size() + " messages)", scored,
                training.size(), start, trainSeconds);
    }

    private List<Scored> scoreAll(Model model, List<LabelledMessage> messages) {
        List<Scored> scored = new ArrayList<>(messages.size());
        for (LabelledMessage m : messages) {
            scored.add(model.score(m));
            progress.advance(1);
        }
        return scored;
    }

    private EvalReport report(Setup setup, String mode, String trainedOn, String what, List<Scored> scored,
                              int trainingExamples, long start, double trainSeconds) {
        Confusion confusion = new Confusion(setup.labelOrder());
        List<EvalReport.Miss> misses = new ArrayList<>();
        for (Scored s : scored) {
            String decided = s.decided(setup.routing(), setup.threshold());
            confusion.add(s.message().intent(), decided);
            if (!decided.equals(s.message().intent())) {
                misses.add(new EvalReport.Miss(s.message().text(), s.message().intent(), decided, s.confidence(),
                        s.message().where()));
            }
        }
        misses.sort(Comparator.comparing(EvalReport.Miss::expected).thenComparing(EvalReport.Miss::decided));
        List<ThresholdRow> rows = ThresholdSweep.sweep(scored, setup.routing(), setup.threshold());
        Metrics metrics = confusion.metrics(setup.routing().fallback());
        long intents = scored.stream().map(s -> s.message().intent()).distinct().count();
        return new EvalReport(mode, trainedOn, what, trainingExamples, (int) intents, setup.threshold(),
                ThresholdSweep.suggest(rows), (System.nanoTime() - start) / 1e9, trainSeconds, peakHeapMb(), metrics,
                confusion.labels(), confusion.matrix(), confusedPairs(confusion, misses),
                misses.size() > MAX_MISSES ? misses.subList(0, MAX_MISSES) : misses, rows);
    }

    static List<EvalReport.ConfusedPair> confusedPairs(Confusion confusion, List<EvalReport.Miss> misses) {
        List<String> labels = confusion.labels();
        int[][] m = confusion.matrix();
        List<EvalReport.ConfusedPair> pairs = new ArrayList<>();
        for (int r = 0; r < labels.size(); r++) {
            for (int c = 0; c < labels.size(); c++) {
                if (r != c && m[r][c] > 0) {
                    String expected = labels.get(r);
                    String decided = labels.get(c);
                    List<String> examples = misses.stream()
                            .filter(x -> x.expected().equals(expected) && x.decided().equals(decided))
                            .limit(EXAMPLES_PER_PAIR).map(EvalReport.Miss::text).toList();
                    pairs.add(new EvalReport.ConfusedPair(expected, decided, m[r][c], examples));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(EvalReport.ConfusedPair::count).reversed()
                .thenComparing(EvalReport.ConfusedPair::expected));
        return pairs.size() > MAX_PAIRS ? List.copyOf(pairs.subList(0, MAX_PAIRS)) : pairs;
    }

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
