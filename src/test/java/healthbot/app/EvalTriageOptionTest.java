package healthbot.app;

import healthbot.testsupport.ConsoleCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code eval --triage}: the option's checks, and a run that prints figures but no message. */
class EvalTriageOptionTest {

    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void triageKindWithoutTriageAndTriageWithTrainAreUsageErrors() throws Exception {
        Path f = Files.writeString(tmp.resolve("t.jsonl"), "{\"intent\": \"a\", \"text\": \"hello there\"}\n");
        assertEquals(2, Main.run("eval", "--triage-kind", "triage"));
        assertTrue(console.err().contains("--triage-kind selects cases of --triage files: give --triage FILE as well"), console.err());
        assertEquals(2, Main.run("eval", "--train", f.toString(), "--triage", f.toString()));
        assertTrue(console.err().contains("--triage measures the bot's own content; it cannot be combined with --train"), console.err());
    }

    @Test
    void aTriageRunPrintsTheConfusionTableAndUnderTriagePerLanguageButNoMessageAndWritesItsJson() throws Exception {
        Path f = Files.writeString(tmp.resolve("cases.jsonl"), String.join("\n",
                "{\"text\": \"my dad's face is drooping and he can't lift his arm\", \"expect\": \"113\", \"lang\": \"en\", \"kind\": \"red\"}",
                "{\"text\": \"my son knocked out his front tooth\", \"intent\": \"emergency_dentist\", \"lang\": \"en\", \"kind\": \"dental\"}",
                "{\"text\": \"ingen brystsmerter, bare litt hoste\", \"expect\": \"gp|fallback|topic\", \"lang\": \"nb\", \"kind\": \"negated\"}"));
        Path out = tmp.resolve("out");
        int code = Main.run("eval", "--triage", f.toString(), "--triage-kind", "red", "--out", out.toString());
        assertEquals(0, code, console.err());
        String printed = console.out();
        assertTrue(printed.contains("(1 cases; first reply of a fresh chat at 2026-11-21T12:00:00, Oslo time)"), printed);
        assertTrue(printed.matches("(?s).*\\n  en +1 +1 +0 \\(0\\.0 %\\).*"), printed);
        assertFalse(printed.contains("drooping"), printed);
        assertTrue(Files.readString(out.resolve("report.json")).contains("\"triage\""));

        assertEquals(0, Main.run("eval", "--triage", f.toString(), "--out", out.toString()), console.err());
        assertTrue(console.out().contains("(3 cases;"), console.out());
        assertFalse(console.out().contains("brystsmerter"), console.out());
    }
}
