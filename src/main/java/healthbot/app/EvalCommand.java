package healthbot.app;

import healthbot.content.Content;
import healthbot.content.ContentLoader;
import healthbot.dialogue.Routing;
import healthbot.eval.EmergencyScores;
import healthbot.eval.EvalReport;
import healthbot.eval.Evaluator;
import healthbot.eval.LabelledFile;
import healthbot.eval.LabelledMessage;
import healthbot.eval.OutOfDomain;
import healthbot.eval.ReportExtras;
import healthbot.eval.ReportWriter;
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
 * content; {@code --train} learns from a labelled file instead of the content (classifier only).
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

    @Mixin
    IntentsOption intentsOption;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/eval",
            description = "Where the report goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threshold", paramLabel = "P",
            description = "Confidence threshold to decide with (default: the content's confidence_threshold; 0 with --train).")
    Double threshold;

    @Option(names = "--out-of-domain", paramLabel = "FILE",
            description = {"JSON lines of messages that are all outside the bot's domain (repeatable): report the share "
                    + "the bot answers as an emergency and the share it answers with a health topic.",
                    "Alone, only this is measured; with --data, both."})
    List<Path> outOfDomain = new java.util.ArrayList<>();

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
        if (!outOfDomain.isEmpty() && train != null) {
            throw new UserError("--out-of-domain measures the bot's own content; it cannot be combined with --train");
        }
        Evaluator evaluator = Evaluator.withProgressOn(System.err);
        if (!outOfDomain.isEmpty() && data == null) {
            return outOfDomainOnly();
        }
        EvalReport report;
        if (train != null) {
            List<LabelledMessage> training = LabelledFile.read(train);
            Evaluator.Setup setup = Evaluator.forFile(train.toString(), oosLabel, threshold == null ? 0 : threshold);
            report = data == null ? evaluator.crossValidate(setup, training, folds)
                    : evaluator.holdout(setup, training, LabelledFile.read(data), data.toString());
        } else {
            Content content = ContentLoader.load(intentsOption.dir);
            Evaluator.Setup setup = Evaluator.forContent(content, threshold);
            List<LabelledMessage> examples = Evaluator.examplesOf(content);
            report = data == null ? evaluator.crossValidate(setup, examples, folds)
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
        }
        stdout.println("report: " + html + " (and report.json, confusion.svg)");
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

    private static Map<String, List<LabelledMessage>> readAll(List<Path> files) {
        Map<String, List<LabelledMessage>> byName = new LinkedHashMap<>();
        for (Path f : files) {
            byName.put(f.toString(), OutOfDomain.read(f));
        }
        return byName;
    }
}
