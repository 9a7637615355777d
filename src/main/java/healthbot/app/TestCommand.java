package healthbot.app;

import healthbot.clock.NorwegianHolidays;
import healthbot.content.Content;
import healthbot.content.ContentLoader;
import healthbot.nlu.ModelCache;
import healthbot.nlu.Nlu;
import healthbot.scripts.Coverage;
import healthbot.scripts.JUnitXmlReport;
import healthbot.scripts.ScriptFiles;
import healthbot.scripts.ScriptResult;
import healthbot.scripts.ScriptRunner;
import healthbot.store.ConversationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code test}: plays the dialogue scripts against the bot and says which pass. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the dialogue scripts (*.convo) against the bot. Ends with 'N passed, N failed'; "
                + "exits 1 when any failed.")
final class TestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Script files or folders (default: the 'tests' folder of --intents).")
    List<Path> paths = new ArrayList<>();

    @Mixin
    IntentsOption intentsOption;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write a JUnit XML report here (for CI).")
    Path junitXml;

    @Option(names = "--coverage", description = "List the intents and rule outcomes no script reaches.")
    boolean coverage;

    @Override
    public Integer call() throws Exception {
        try (ConversationStore store = storeOption.openOrNull()) {
            return run(store);
        }
    }

    private int run(ConversationStore store) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Path> files = ScriptFiles.find(paths.isEmpty() ? List.of(intentsOption.dir.resolve("tests")) : paths);
        if (files.isEmpty()) {
            throw new UserError("no scripts (*.convo) in " + (paths.isEmpty() ? intentsOption.dir.resolve("tests") : paths));
        }
        ModelCache cache = ModelCache.standard(); // `mvn package` runs this: it leaves the cache warm for the first start
        ModelCache.Validations validations = cache.validations();
        Content content = ContentLoader.load(intentsOption.dir, validations);
        ScriptRunner runner = new ScriptRunner(content, Nlu.build(content, cache, validations.contentKey()), new NorwegianHolidays(), store);
        List<ScriptResult> results = new ArrayList<>();
        int failed = 0;
        for (Path file : files) {
            ScriptResult r = runner.run(file);
            results.add(r);
            out.println((r.passed() ? "PASS  " : "FAIL  ") + file + "  " + r.title());
            if (!r.passed()) {
                failed++;
                r.failure().lines().forEach(line -> out.println("      " + line));
            }
        }
        if (junitXml != null) {
            JUnitXmlReport.write(results, junitXml);
        }
        if (coverage) {
            Coverage c = Coverage.of(content, results);
            out.println();
            out.println(c.uncoveredIntents().isEmpty() ? "Every intent is reached by a script."
                    : "Intents no script reaches: " + String.join(", ", c.uncoveredIntents()));
            out.println(c.uncoveredOutcomes().isEmpty() ? "Every rule outcome is reached by a script."
                    : "Rule outcomes no script reaches: " + String.join(", ", c.uncoveredOutcomes()));
            out.println();
        }
        out.println((results.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
