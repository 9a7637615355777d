package healthbot.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects of a JSON-lines file, as every {@code eval} reader takes them: blank lines and lines
 * starting with {@code //} are skipped; a missing file, a line that is not valid JSON and a line
 * that is not an object are an {@link EvalDataException} naming the file and line and showing the
 * shape a line should have. What the fields must be is the caller's to check.
 */
final class JsonLinesFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One object of the file.
     *
     * @param node  the object
     * @param at    {@code path:line}, for error messages
     * @param where {@code file-name:line}, for reports
     */
    record Line(JsonNode node, String at, String where) {}

    private JsonLinesFile() {
    }

    /** @param shape an example line, e.g. {@code {"text": "hei", "lang": "nb"}}, shown in the errors */
    static List<Line> read(Path file, String shape) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new EvalDataException(file + ": no such file. Give a JSON-lines file with one " + shape + " object per line.");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            String at = file + ":" + (i + 1);
            out.add(new Line(parse(line, at, shape), at, name + ":" + (i + 1)));
        }
        return out;
    }

    private static JsonNode parse(String line, String at, String shape) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            throw new EvalDataException(at + ": not valid JSON (" + e.getOriginalMessage() + "). Each line must be one object like "
                    + shape + ".");
        }
        throw new EvalDataException(at + ": expected a JSON object like " + shape + ".");
    }
}
