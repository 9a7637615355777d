package healthbot.app;

import healthbot.content.ContentCopy;
import healthbot.testsupport.ConsoleCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code translations} command (the translators' to-do list) and the review line of {@code validate}. */
class TranslationsCommandTest {

    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void theListNamesEachTextNeedingReviewWithFileAndLineAndCheckFailsUntilTheyAreMarked() {
        Path dir = ContentCopy.fixture(tmp.resolve("intents"));
        assertEquals(1, Main.run("translations", "--intents", dir.toString(), "--check"), console.err());
        String out = console.out();
        assertTrue(out.matches("(?s)zz: 0 of \\d+ reviewed, 0 stale .*"), out);
        assertTrue(out.contains("  " + dir.resolve("languages/zz/texts.json") + ":37:") && out.contains("intents.interpreter.answer  never reviewed"), out);

        assertEquals(0, Main.run("translations", "--intents", dir.toString(), "--mark-reviewed", "--language", "zz",
                "--by", "K. Nordmann", "--on", "2026-12-07"), console.err());
        assertTrue(console.out().contains("text(s) of zz reviewed by K. Nordmann on 2026-12-07 in "
                + dir.resolve("languages/zz/reviewed.json")), console.out());
        assertEquals(0, Main.run("translations", "--intents", dir.toString(), "--check", "--summary"), console.out());
    }

    @Test
    void markingNeedsOneLanguageAndAReviewer() {
        Path dir = ContentCopy.fixture(tmp.resolve("intents"));
        assertEquals(2, Main.run("translations", "--intents", dir.toString(), "--mark-reviewed", "--language", "zz"));
        assertTrue(console.err().contains("--mark-reviewed needs --by NAME"), console.err());
        assertEquals(2, Main.run("translations", "--intents", dir.toString(), "--mark-reviewed", "--by", "KN"));
        assertTrue(console.err().contains("needs exactly one --language"), console.err());
    }

    @Test
    void validateEndsWithOneLineOfReviewStatusPerLanguage() {
        Path dir = ContentCopy.fixture(tmp.resolve("intents"));
        Main.run("translations", "--intents", dir.toString(), "--mark-reviewed", "--language", "zz", "--by", "KN",
                "--id", "intents.interpreter.answer");
        assertEquals(0, Main.run("validate", "--intents", dir.toString()), console.err());
        String[] lines = console.out().strip().split("\n");
        assertTrue(lines[lines.length - 1].matches("Translation review against en: zz 1/\\d+ reviewed; `healthbot"
                + " translations` lists what needs review\\."), lines[lines.length - 1]);
    }
}
