package healthbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import healthbot.content.ContentCopy;
import healthbot.testsupport.ConsoleCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code test} and {@code validate} commands: output staff read and exit codes CI reads. */
class ScriptCommandsTest {

    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private String out() {
        return console.out();
    }

    @Test
    void testPrintsOneLinePerScriptAndEndsWithTheCountsAndExitsNonZeroOnFailure() throws Exception {
        Files.writeString(tmp.resolve("ok.convo"), "title: legevakt number\n> what is the number for legevakt\n< contains: 116 117\n");
        Files.writeString(tmp.resolve("bad.convo"), "title: wrong\n> what is the number for legevakt\n< contains: 999\n");
        Path xml = tmp.resolve("report.xml");
        int code = Main.run("test", "--junit-xml", xml.toString(), "--coverage", tmp.toString());
        String[] lines = out().strip().split("\n");
        assertEquals(1, code);
        assertEquals("1 passed, 1 failed", lines[lines.length - 1]);
        assertTrue(out().contains("FAIL  " + tmp.resolve("bad.convo") + "  wrong"), out());
        assertTrue(out().contains("PASS  " + tmp.resolve("ok.convo") + "  legevakt number"), out());
        assertTrue(out().contains("bad.convo:3: expected the reply to contain \"999\""), out());
        assertTrue(out().contains("Rule outcomes no script reaches: ") && out().contains("physio_charge FREE_PASS"), out());
        assertTrue(Files.readString(xml).contains("failures=\"1\""));
    }

    @Test
    void testPassesOnTheShippedScripts() {
        assertEquals(0, Main.run("test"), out());
        assertTrue(out().strip().endsWith(" passed, 0 failed"), out());
    }

    @Test
    void validateAcceptsTheShippedContent() {
        assertEquals(0, Main.run("validate"), console.err());
        assertTrue(out().contains("is valid"));
    }

    @Test
    void validateListsProblemsWithFileAndLineAndExitsNonZero() throws Exception {
        Path dir = ContentCopy.of(tmp.resolve("intents"));
        ContentCopy.replace(dir, "languages/en/texts.json", "so NOK {remaining} remains", "so NOK {remainder} remains");
        Files.writeString(dir.resolve("tests/typo.convo"), "> hi\n< asks: birthyear\n");
        assertEquals(1, Main.run("validate", "--intents", dir.toString()));
        String e = console.err();
        assertTrue(e.matches("(?s).*languages/en/texts\\.json:\\d+:\\d+: outcome PAYS_CHARGE uses \\{remainder}.*"), e);
    }

    @Test
    void validateChecksTheScriptsOfValidContent() throws Exception {
        Path dir = ContentCopy.of(tmp.resolve("intents"));
        Files.writeString(dir.resolve("tests/typo.convo"), "> hi\n< asks: birthyear\n");
        assertEquals(1, Main.run("validate", "--intents", dir.toString()));
        assertTrue(console.err().contains("typo.convo:2: unknown slot 'birthyear'"));
    }

    @Test
    void fuzzPrintsItsCountsAndExitsZeroWhenNothingWentWrong() throws Exception {
        int code = Main.run("fuzz", "--seed", "3", "--messages", "300", "--chats", "10");
        String[] lines = out().strip().split("\n");
        assertEquals(0, code, out());
        assertTrue(lines[0].startsWith("seed 3: 300 messages over 10 chats in "), lines[0]);
        assertEquals("internal errors: 0", lines[1]);
        assertEquals("lost flows: 0", lines[2]);
        assertEquals("emergencies without 113 in the first line: 0", lines[3]);
    }
}
