package healthbot.studio;

import healthbot.content.Content;
import healthbot.content.ContentCopy;
import healthbot.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An example added from the inbox: one line in the file, checked before and after, or nothing written. */
class ExampleWriterTest {

    @TempDir
    Path tmp;

    @Test
    void anExampleIsAddedAsTheIntentsLastLineAndTheContentStillLoads() throws Exception {
        Path intents = ContentCopy.fixture(tmp.resolve("intents"));
        Content content = ContentLoader.load(intents);
        Path file = intents.resolve("languages/en/examples.json");
        List<String> before = Files.readAllLines(file, StandardCharsets.UTF_8);
        String written = new ExampleWriter(intents).add(content, "en", "interpreter", "someone to translate \"for me\"");
        assertEquals("intents/languages/en/examples.json", written);
        List<String> after = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(before.size() + 1, after.size(), "one line added");
        assertTrue(after.stream().anyMatch(l -> l.strip().startsWith("\"someone to translate \\\"for me\\\"\"")), after.toString());
        Content reloaded = ContentLoader.load(intents);
        assertTrue(reloaded.intents().stream().filter(i -> i.name().equals("interpreter")).findFirst().orElseThrow()
                .examples().get("en").contains("someone to translate \"for me\""));
    }

    @Test
    void anUnknownIntentAnEmptyTextAndARepeatAreRefusedAndNothingIsWritten() throws Exception {
        Path intents = ContentCopy.fixture(tmp.resolve("intents"));
        Content content = ContentLoader.load(intents);
        Path file = intents.resolve("languages/en/examples.json");
        String before = Files.readString(file, StandardCharsets.UTF_8);
        ExampleWriter writer = new ExampleWriter(intents);
        assertTrue(assertThrows(ExampleWriter.Refused.class, () -> writer.add(content, "en", "no_such_intent", "x"))
                .getMessage().contains("no intent 'no_such_intent'"));
        assertThrows(ExampleWriter.Refused.class, () -> writer.add(content, "en", "interpreter", "  "));
        assertThrows(ExampleWriter.Refused.class, () -> writer.add(content, "xx", "interpreter", "hello"));
        writer.add(content, "en", "interpreter", "a brand new phrase");
        String once = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(assertThrows(ExampleWriter.Refused.class, () -> writer.add(content, "en", "interpreter", "A brand new phrase"))
                .getMessage().contains("already has this example"));
        assertEquals(once, Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(!before.equals(once));
    }
}
