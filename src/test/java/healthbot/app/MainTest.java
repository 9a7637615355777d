package healthbot.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    private static String capture(boolean stderr, Runnable run) {
        PrintStream saved = stderr ? System.err : System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        if (stderr) {
            System.setErr(capture);
        } else {
            System.setOut(capture);
        }
        try {
            run.run();
        } finally {
            if (stderr) {
                System.setErr(saved);
            } else {
                System.setOut(saved);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommandAlthoughARunBuildsOnlyItsOwn() {
        String help = capture(false, () -> assertEquals(0, Main.run("--help")));
        for (String command : List.of("chat", "telegram", "eval", "test", "validate", "translations", "bench", "studio", "fuzz", "inbox", "usage")) {
            assertTrue(help.lines().anyMatch(l -> l.strip().startsWith(command + " ")), command + " missing from:\n" + help);
        }
        String chatHelp = capture(false, () -> assertEquals(0, Main.run("chat", "--help")));
        assertTrue(chatHelp.contains("--jsonl"), chatHelp);
    }

    @Test
    void aMistypedCommandIsAnsweredWithTheCommandsItMayMean() {
        String err = capture(true, () -> assertEquals(2, Main.run("chta")));
        assertTrue(err.contains("Did you mean") && err.contains("chat"), err);
    }
}
