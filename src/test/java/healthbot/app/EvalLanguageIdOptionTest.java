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

/** {@code eval --language-id}: what the run prints, and that it is measured alone. */
class EvalLanguageIdOptionTest {

    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void aLanguageIdRunPrintsTheShareAndTheConfusionTableWithoutTheMessages() throws Exception {
        Path f = Files.writeString(tmp.resolve("lid.jsonl"), """
                {"text": "Korleis får eg fastlege?", "lang": "nn"}
                {"text": "Jak zapisać się do lekarza rodzinnego?", "lang": "pl"}
                {"text": "Моя дитина не дихає", "lang": "uk"}
                {"text": "fastlege please", "lang": "mixed"}
                """);
        assertEquals(0, Main.run("eval", "--language-id", f.toString()));
        String out = console.out();
        assertTrue(out.contains("overall  100.00 % (3 of 3)"), out);
        assertTrue(out.contains("excluded: 1 labelled \"mixed\""), out);
        assertTrue(out.contains("confusion (rows: label, columns: language of the reply)"), out);
        assertFalse(out.contains("Korleis") || out.contains("lekarza") || out.contains("дихає"), out);
    }

    @Test
    void languageIdTogetherWithDataIsAUsageError() throws Exception {
        Path f = Files.writeString(tmp.resolve("lid.jsonl"), "{\"text\": \"hei\", \"lang\": \"nb\"}\n");
        assertEquals(2, Main.run("eval", "--language-id", f.toString(), "--data", f.toString()));
        assertTrue(console.err().contains("--language-id is measured alone"), console.err());
    }
}
