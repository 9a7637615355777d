package healthbot.scripts;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every shipped dialogue script as its own test, so {@code mvn test} (and CI) runs them. */
class ShippedScriptsTest {

    private static final Path TESTS = Path.of("intents", "tests");

    private static ScriptRunner runner() {
        return new ScriptRunner(TestBots.content(), TestBots.nlu(), new NorwegianHolidays());
    }

    @TestFactory
    Stream<DynamicTest> everyShippedScriptPasses() {
        ScriptRunner runner = runner();
        return ScriptFiles.find(List.of(TESTS)).stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), file.toUri(), () -> {
                    ScriptResult r = runner.run(file);
                    if (!r.passed()) {
                        fail(r.failure());
                    }
                }));
    }

    @Test
    void theShippedScriptsAreAtLeastFortyAndReachEveryIntentAndOutcome() {
        ScriptRunner runner = runner();
        List<ScriptResult> results = new ArrayList<>();
        for (Path file : ScriptFiles.find(List.of(TESTS))) {
            results.add(runner.run(file));
        }
        assertTrue(results.size() >= 40, "only " + results.size() + " scripts");
        Coverage c = Coverage.of(TestBots.content(), results);
        assertTrue(c.complete(), () -> "not covered: " + c);
    }
}
