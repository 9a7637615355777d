package healthbot.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled JSON lines: one {@code {"text": "...", "intent": "..."}} per line. Blank lines and
 * lines starting with {@code //} are skipped. {@code label} is accepted for {@code intent}, as
 * public intent datasets often name it so.
 */
public final class LabelledFile {

    private LabelledFile() {
    }

    /** @throws EvalDataException naming the file and line of the first bad line */
    public static List<LabelledMessage> read(Path file) {
        List<LabelledMessage> out = new ArrayList<>();
        for (JsonLinesFile.Line line : JsonLinesFile.read(file, "{\"text\": \"hi\", \"intent\": \"greeting\"}")) {
            out.add(labelled(line));
        }
        if (out.isEmpty()) {
            throw new EvalDataException(file + ": no labelled messages in it. Write one {\"text\": ..., \"intent\": ...} per line.");
        }
        return out;
    }

    private static LabelledMessage labelled(JsonLinesFile.Line line) {
        JsonNode node = line.node();
        JsonNode text = node.get("text");
        JsonNode intent = node.has("intent") ? node.get("intent") : node.get("label");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new EvalDataException(line.at() + ": \"text\" is missing or empty; give the message as a string.");
        }
        if (intent == null || !intent.isTextual() || intent.asText().isBlank()) {
            throw new EvalDataException(line.at() + ": \"intent\" is missing or empty; give the expected intent "
                    + "name (\"fallback\" for out-of-scope).");
        }
        return new LabelledMessage(text.asText(), intent.asText().strip(), line.where());
    }
}
