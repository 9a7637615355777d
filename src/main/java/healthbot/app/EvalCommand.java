package healthbot.app;

import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.content.Content;
import healthbot.content.ContentLoader;
import healthbot.dialogue.Bot;
import healthbot.dialogue.BotFactory;
import healthbot.dialogue.Routing;
import healthbot.eval.EmergencyScores;
import healthbot.eval.EvalReport;
import healthbot.eval.Evaluator;
import healthbot.eval.LabelledFile;
import healthbot.eval.LabelledMessage;
import healthbot.eval.LanguageIdentification;
import healthbot.eval.OutOfDomain;
import healthbot.eval.ReportExtras;
import healthbot.eval.ReportWriter;
import healthbot.eval.TriageCase;
import healthbot.eval.TriageCases;
import healthbot.eval.TriageReport;
import healthbot.eval.TriageScorer;
import healthbot.nlu.ModelCache;
import healthbot.nlu.Nlu;
import healthbot.nlu.Training;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code eval}: how well the bot understands. Without files, cross-validates over the content's
 * examples; {@code --data} scores a labelled held-out file with a bot trained on all of the
 * content; {@code --train} learns from a labelled file instead of the content (classifier only);
 * {@code --val} chooses the threshold on a validation file before {@code --data} is scored;
 * {@code --language-id} measures the language the bot answers a first message in.
 * {@code --triage} sends described situations through the bot and reports where they were sent.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure understanding: per-intent precision/recall/F1, confusion matrix, out-of-scope detection.",
                "Writes report.json, report.html and confusion.svg to --out."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Folds of cross-validation when no --data is given (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Labelled JSON lines {\"text\": ..., \"intent\": ...} to score (intent \"fallback\" for out-of-scope).")
    Path data;

    @Option(names = "--train", paramLabel = "FILE",
            description = "Train on this labelled JSON-lines file instead of the content's examples (classifier only).")
    Path train;

    @Option(names = "--val", paramLabel = "FILE",
            description = {"Labelled JSON lines that choose the confidence threshold (with --data): the one with the best "
                    + "accuracy there, out-of-scope counted as a class (Larson et al. 2019); --data is then scored at it.",
                    "Keep the test data out of it: only the threshold chosen here is applied to --data."})
    Path val;

    @Mixin
    IntentsOption intentsOption;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/eval",
            description = "Where the report goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threshold", paramLabel = "P",
            description = "Confidence threshold to decide with (default: the content's confidence_threshold; 0 with --train).")
    Double threshold;

    @Option(names = "--trainer", paramLabel = "HOW", defaultValue = "maxent",
            converter = TrainingConverter.class,
            description = {"With --train: how the classifier learns: maxent (the bot's: CoreNLP quasi-Newton over feature "
                    + "counts) or sgd (one-vs-rest logistic regression by stochastic gradient descent over "
                    + "unit-length vectors, for public data sets of "
                    + "100+ intents) or svm (one-vs-rest linear SVMs by dual coordinate descent, words, word pairs "
                    + "and letter groups weighted alike; the most accurate on CLINC150). Default: ${DEFAULT-VALUE}."})
    Training trainer;

    @Option(names = "--out-of-domain", paramLabel = "FILE",
            description = {"JSON lines of messages that are all outside the bot's domain (repeatable): report the share "
                    + "the bot answers as an emergency and the share it answers with a health topic.",
                    "Alone, only this is measured; with --data, both."})
    List<Path> outOfDomain = new java.util.ArrayList<>();

    @Option(names = "--language-id", paramLabel = "FILE",
            description = {"JSON lines {\"text\": ..., \"lang\": ...}: send each message as the first of a new chat "
                    + "(no Telegram language) and report how often the reply is in the labelled language, overall, "
                    + "per language and as a confusion table; counts only, never a message's text.",
                    "\"dialect\" counts as right in nb or nn; other labels that are no language code (\"mixed\") are "
                    + "excluded and counted. Alone, only this is measured."})
    Path languageId;
    @Option(names = "--triage", paramLabel = "FILE",
            description = {"JSON lines of described situations and where each should be sent (repeatable): "
                    + "{\"text\", \"expect\": 113|legevakt|dentist|gp|topic|fallback, \"lang\"} or the residents' set's "
                    + "{\"text\", \"intent\", \"lang\", \"kind\"}. Prints the triage report (aggregates only): "
                    + "expected against answered, under- and over-triage and the right number per language.",
                    "With --out-of-domain, also the over-triage (answered with 113) of those messages."})
    List<Path> triage = new java.util.ArrayList<>();

    @Option(names = "--triage-kind", paramLabel = "KIND",
            description = "With --triage: score only the cases of this kind (the residents' set's \"kind\", e.g. triage).")
    String triageKind;

    @Option(names = "--now", paramLabel = "DATE-TIME", defaultValue = "2026-11-21T12:00:00",
            description = "With --triage: the bot's fixed clock, Oslo time (default: ${DEFAULT-VALUE}, a Saturday noon).")
    String now;

    @Option(names = "--oos-label", paramLabel = "NAME", defaultValue = "fallback",
            description = "With --train: the label of out-of-scope messages in the files (default: ${DEFAULT-VALUE}).")
    String oosLabel;

    @Override
    public Integer call() {
        if (threshold != null && (threshold < 0 || threshold > 1)) {
            throw new UserError("--threshold must be between 0 and 1, got " + threshold);
        }
        if (folds < 2) {
            throw new UserError("--folds must be at least 2, got " + folds);
        }
        if (train == null && trainer != Training.MAXENT) {
            throw new UserError("--trainer applies to --train runs only; the bot's own content is always trained as maxent");
        }
        if (val != null && data == null) {
            throw new UserError("--val chooses the threshold for scoring --data: give --data FILE as well");
        }
        if (val != null && threshold != null) {
            throw new UserError("--val chooses the threshold, so --threshold cannot be given with it; drop one of them");
        }
        if (!outOfDomain.isEmpty() && train != null) {
            throw new UserError("--out-of-domain measures the bot's own content; it cannot be combined with --train");
        }
        if (!triage.isEmpty() && train != null) {
            throw new UserError("--triage measures the bot's own content; it cannot be combined with --train");
        }
        if (triageKind != null && triage.isEmpty()) {
            throw new UserError("--triage-kind selects cases of --triage files: give --triage FILE as well");
        }
        if (languageId != null) {
            if (data != null || train != null || !outOfDomain.isEmpty() || !triage.isEmpty()) {
                throw new UserError("--language-id is measured alone; run --data, --train, --out-of-domain or --triage separately");
            }
            return languageIdentification();
        }
        Evaluator evaluator = Evaluator.withProgressOn(System.err);
        if (!triage.isEmpty() && data == null) {
            return triageOnly();
        }
        if (!outOfDomain.isEmpty() && data == null) {
            return outOfDomainOnly();
        }
        EvalReport report;
        if (train != null) {
            List<LabelledMessage> training = LabelledFile.read(train);
            Evaluator.Setup setup = Evaluator.forFile(train.toString(), oosLabel, threshold == null ? 0 : threshold, trainer);
            report = data == null ? evaluator.crossValidate(setup, training, folds)
                    : val != null ? validated(evaluator, setup, training)
                    : evaluator.holdout(setup, training, LabelledFile.read(data), data.toString());
        } else {
            Content content = ContentLoader.load(intentsOption.dir);
            Evaluator.Setup setup = Evaluator.forContent(content, threshold);
            List<LabelledMessage> examples = Evaluator.examplesOf(content);
            report = data == null ? evaluator.crossValidate(setup, examples, folds)
                    : val != null ? validated(evaluator, setup, examples)
                    : evaluator.holdout(setup, examples, LabelledFile.read(data), data.toString());
        }
        Path html = ReportWriter.write(report, out);
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        stdout.print(ReportWriter.summary(report));
        if (train == null) {
            Content content = ContentLoader.load(intentsOption.dir);
            EmergencyScores.of(report, Routing.of(content).emergency()).ifPresent(e -> {
                stdout.print(e.lines());
                ReportExtras.add(out, "emergency", e);
            });
            if (!outOfDomain.isEmpty()) {
                List<OutOfDomain.Result> shares = OutOfDomain.measure(content, readAll(outOfDomain));
                stdout.print(OutOfDomain.lines(shares));
                ReportExtras.add(out, "outOfDomain", shares);
            }
            if (!triage.isEmpty()) {
                List<TriageReport> reports = triageReports(triageBot());
                reports.forEach(r -> stdout.print(r.lines()));
                ReportExtras.add(out, "triage", reports);
            }
        }
        stdout.println("report: " + html + " (and report.json, confusion.svg)");
        stdout.flush();
        return 0;
    }

    private EvalReport validated(Evaluator evaluator, Evaluator.Setup setup, List<LabelledMessage> training) {
        return evaluator.validated(setup, training, LabelledFile.read(val), val.toString(), LabelledFile.read(data),
                data.toString());
    }

    /** "maxent", "sgd" or "svm", in any case. */
    static final class TrainingConverter implements ITypeConverter<Training> {
        @Override
        public Training convert(String value) {
            for (Training t : Training.values()) {
                if (t.name().equalsIgnoreCase(value.strip())) {
                    return t;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("--trainer must be maxent, sgd or svm, got \"" + value + "\"");
        }
    }

    private Integer languageIdentification() {
        List<LanguageIdentification.Labelled> messages = LanguageIdentification.read(languageId);
        Content content = ContentLoader.load(intentsOption.dir);
        Bot bot = new Bot(content, Nlu.build(content, ModelCache.standard()), java.time.Clock.systemUTC(), new NorwegianHolidays());
        LanguageIdentification.Result result = LanguageIdentification.measure(bot, languageId.toString(), messages);
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        stdout.print(LanguageIdentification.lines(result));
        stdout.flush();
        return 0;
    }

    private Integer outOfDomainOnly() {
        Content content = ContentLoader.load(intentsOption.dir);
        List<OutOfDomain.Result> shares = OutOfDomain.measure(content, readAll(outOfDomain));
        Path json = ReportExtras.writeOnly(out, "outOfDomain", shares);
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        stdout.print(OutOfDomain.lines(shares));
        stdout.println("report: " + json);
        stdout.flush();
        return 0;
    }

    /**
     * The triage report of each {@code --triage} file and, with {@code --out-of-domain}, the everyday
     * messages' shares (their emergency share is their over-triage), all through one bot.
     */
    private Integer triageOnly() {
        Bot bot = triageBot();
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        List<TriageReport> reports = triageReports(bot);
        reports.forEach(r -> stdout.print(r.lines()));
        Path json = ReportExtras.writeOnly(out, "triage", reports);
        if (!outOfDomain.isEmpty()) {
            List<OutOfDomain.Result> shares = new java.util.ArrayList<>();
            readAll(outOfDomain).forEach((name, messages) -> shares.add(OutOfDomain.measure(bot, name, messages)));
            stdout.print(OutOfDomain.lines(shares));
            stdout.print(TriageReport.everydayLines(shares));
            ReportExtras.add(out, "outOfDomain", shares);
        }
        stdout.println("report: " + json);
        stdout.flush();
        return 0;
    }

    private Bot triageBot() {
        try {
            return BotFactory.create(intentsOption.dir, OsloClock.fixedOrSystem(now));
        } catch (IllegalArgumentException e) {
            throw new UserError("--now: " + e.getMessage());
        }
    }

    private List<TriageReport> triageReports(Bot bot) {
        TriageScorer scorer = new TriageScorer(bot);
        List<TriageReport> reports = new java.util.ArrayList<>();
        for (Path f : triage) {
            List<TriageCase> cases = TriageCases.read(f, scorer.names()).stream()
                    .filter(c -> triageKind == null || c.kind().equals(triageKind)).toList();
            if (cases.isEmpty()) {
                throw new UserError(f + ": no case of kind \"" + triageKind + "\"; drop --triage-kind or give a kind the file has");
            }
            reports.add(TriageReport.of(f.toString(), triageKind == null ? "" : triageKind, now, scorer.score(cases)));
        }
        return reports;
    }

    private static Map<String, List<LabelledMessage>> readAll(List<Path> files) {
        Map<String, List<LabelledMessage>> byName = new LinkedHashMap<>();
        for (Path f : files) {
            byName.put(f.toString(), OutOfDomain.read(f));
        }
        return byName;
    }
}
