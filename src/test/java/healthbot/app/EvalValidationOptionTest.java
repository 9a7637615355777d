package healthbot.app;

import healthbot.testsupport.ConsoleCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code eval --val}: the option's checks and what the run prints. */
class EvalValidationOptionTest {

    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path file(String name, String... lines) throws Exception {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines.length; i += 2) {
            s.append("{\"intent\": \"").append(lines[i]).append("\", \"text\": \"").append(lines[i + 1]).append("\"}\n");
        }
        return Files.writeString(tmp.resolve(name), s.toString());
    }

    @Test
    void valWithoutDataIsAUsageErrorThatSaysWhatToAdd() throws Exception {
        Path f = file("t.jsonl", "a", "hello there", "b", "goodbye now");
        int code = Main.run("eval", "--train", f.toString(), "--val", f.toString());
        assertEquals(2, code);
        assertTrue(console.err().contains(
                "healthbot: --val chooses the threshold for scoring --data: give --data FILE as well"), console.err());
    }

    @Test
    void valAndAFixedThresholdTogetherAreAUsageError() throws Exception {
        Path f = file("t.jsonl", "a", "hello there", "b", "goodbye now");
        int code = Main.run("eval", "--train", f.toString(), "--val", f.toString(), "--data", f.toString(), "--threshold", "0.3");
        assertEquals(2, code);
        assertTrue(console.err().contains(
                "--val chooses the threshold, so --threshold cannot be given with it; drop one of them"), console.err());
    }

    @Test
    void theTrainerCanOnlyBeChosenForTrainRunsAndOnlyFromItsThreeNames() throws Exception {
        Path f = file("t.jsonl", "a", "hello there", "b", "goodbye now");
        assertEquals(2, Main.run("eval", "--trainer", "sgd", "--data", f.toString()));
        assertTrue(console.err().contains(
                "--trainer applies to --train runs only; the bot's own content is always trained as maxent"), console.err());
        assertEquals(2, Main.run("eval", "--train", f.toString(), "--trainer", "lstm"));
        assertTrue(console.err().contains("--trainer must be maxent, sgd or svm, got \"lstm\""), console.err());
    }

    @Test
    void aValidatedRunPrintsTheThresholdItChoseAndTheOutOfScopeRecallAtIt() throws Exception {
        Path train = file("train.jsonl", "timer", "set a timer", "timer", "start a timer for ten minutes", "timer",
                "timer please", "weather", "what is the weather", "weather", "will it rain", "weather", "weather forecast",
                "fallback", "how do volcanoes form", "fallback", "buy shoes", "fallback", "capital of peru");
        Path val = file("val.jsonl", "timer", "begin a timer", "weather", "rain tomorrow", "fallback", "who painted this");
        Path data = file("data.jsonl", "timer", "timer for five minutes", "fallback", "what is love");
        int code = Main.run("eval", "--train", train.toString(), "--val", val.toString(), "--data", data.toString(),
                "--trainer", "SGD", "--out", tmp.resolve("report").toString());
        String printed = console.out();
        assertEquals(0, code, console.err());
        assertTrue(printed.startsWith("held-out at threshold "), printed);
        assertTrue(printed.contains(", chosen on " + val + " (3 messages) by the best accuracy with out-of-scope as a class"), printed);
        assertTrue(printed.contains("out-of-scope precision"), printed);
        assertTrue(Files.exists(tmp.resolve("report").resolve("report.json")));
    }
}
