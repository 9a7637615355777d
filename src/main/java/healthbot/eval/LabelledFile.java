package healthbot.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled JSON lines: one {@code {"text": "...", "intent": "..."}} per line. Blank lines and
 * lines starting with {@code //} are skipped. {@code label} is accepted for {@code intent}, as
 * public intent datasets often name it so.
 */
public final class LabelledFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledFile() {
    }

    /** @throws EvalDataException naming the file and line of the first bad line */
    public static List<LabelledMessage> read(Path file) {
        List<LabelledMessage> out = new ArrayList<>();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                    continue;
                }
                out.add(parse(trimmed, file, number, name));
            }
        } catch (NoSuchFileException e) {
            throw new EvalDataException(file + ": no such file. Give a JSON-lines file with one "
                    + "{\"text\": ..., \"intent\": ...} object per line.");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new EvalDataException(file + ": no labelled messages in it. Write one {\"text\": ..., \"intent\": ...} per line.");
        }
        return out;
    }

    private static LabelledMessage parse(String line, Path file, int number, String name) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new EvalDataException(file + ":" + number + ": not valid JSON (" + e.getOriginalMessage()
                    + "). Each line must be one object like {\"text\": \"hi\", \"intent\": \"greeting\"}.");
        }
        if (node == null || !node.isObject()) {
            throw new EvalDataException(file + ":" + number + ": expected a JSON object like {\"text\": \"hi\", \"intent\": \"greeting\"}.");
        }
        JsonNode text = node.get("text");
        JsonNode intent = node.has("intent") ? node.get("intent") : node.get("label");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new EvalDataException(file + ":" + number + ": \"text\" is missing or empty; give the message as a string.");
        }
        if (intent == null || !intent.isTextual() || intent.asText().isBlank()) {
            throw new EvalDataException(file + ":" + number + ": \"intent\" is missing or empty; give the expected intent "
                    + "name (\"fallback\" for out-of-scope).");
        }
        return new LabelledMessage(text.asText(), intent.asText().strip(), name + ":" + number);
    }
}
