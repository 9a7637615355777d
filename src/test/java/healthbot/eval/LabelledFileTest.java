package healthbot.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelledFileTest {

    @Test
    void readsTextAndIntentOrLabelSkippingBlankAndCommentLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("d.jsonl");
        Files.writeString(f, "{\"text\": \"hei\", \"intent\": \"greeting\"}\n\n// comment\n{\"text\": \"x\", \"label\": \"oos\"}\n");
        List<LabelledMessage> m = LabelledFile.read(f);
        assertEquals(List.of(new LabelledMessage("hei", "greeting", "d.jsonl:1"), new LabelledMessage("x", "oos", "d.jsonl:4")), m);
    }

    @Test
    void aBadLineIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("d.jsonl");
        Files.writeString(f, "{\"text\": \"hei\", \"intent\": \"greeting\"}\n{\"text\": \"hei\"}\n");
        EvalDataException e = assertThrows(EvalDataException.class, () -> LabelledFile.read(f));
        assertTrue(e.getMessage().contains("d.jsonl:2"), e.getMessage());
        assertTrue(e.getMessage().contains("\"intent\" is missing"), e.getMessage());
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        EvalDataException e = assertThrows(EvalDataException.class, () -> LabelledFile.read(dir.resolve("nope.jsonl")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }
}
