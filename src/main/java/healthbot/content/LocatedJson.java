package healthbot.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON file read into a small tree whose every node knows its line and column, so that content
 * checks can point at the exact string ({@code languages/nn/texts.json:12:20}). For the language
 * files, whose shape is a tree of names the loader checks itself; the other files are read with
 * Jackson's data binding.
 */
final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private LocatedJson() {
    }

    /** A node of the tree. */
    sealed interface Node permits Obj, Arr, Str, Num, Other {
        int line();

        int column();

        /** What the node is, for messages ("a text", "a list"). */
        String what();
    }

    record Obj(Map<String, Node> fields, Map<String, int[]> keyPositions, int line, int column) implements Node {
        Obj {
            fields = Collections.unmodifiableMap(fields);
            keyPositions = Collections.unmodifiableMap(keyPositions);
        }

        public String what() {
            return "an object";
        }

        /** The position of a field's name (where a problem with the field itself is reported). */
        Problem at(Path file, String key, String message) {
            int[] p = keyPositions.get(key);
            return p == null ? new Problem(file, line, column, message) : new Problem(file, p[0], p[1], message);
        }
    }

    record Arr(List<Node> items, int line, int column) implements Node {
        Arr {
            items = List.copyOf(items);
        }

        public String what() {
            return "a list";
        }
    }

    record Str(String value, int line, int column) implements Node {
        public String what() {
            return "a text";
        }
    }

    record Num(Number value, int line, int column) implements Node {
        public String what() {
            return "a number";
        }
    }

    /** true, false or null. */
    record Other(String token, int line, int column) implements Node {
        public String what() {
            return token;
        }
    }

    /** The problem a node is at. */
    static Problem at(Path file, Node node, String message) {
        return new Problem(file, node.line(), node.column(), message);
    }

    /**
     * The non-empty texts of a list node ({@code what} names it in messages, e.g. {@code "\"cues\""});
     * a node that is not a list, and every entry that is not a non-empty text, adds a problem at
     * its position and is left out.
     */
    static List<String> texts(Path file, Node node, String what, List<Problem> problems) {
        if (!(node instanceof Arr a)) {
            problems.add(at(file, node, what + " must be a list of texts [...], not " + node.what()));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : a.items()) {
            if (item instanceof Str s && !s.value().isBlank()) {
                out.add(s.value());
            } else {
                problems.add(at(file, item, "every entry of " + what + " must be a non-empty text in quotes, not "
                        + (item instanceof Str ? "an empty text" : item.what())));
            }
        }
        return out;
    }

    /**
     * @throws ContentException with the position of the first syntax error
     */
    static Node parse(Path file, String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ContentException(List.of(new Problem(file, 1, 1, "the file is empty; it must hold a JSON object {...}")));
            }
            Node root = read(p);
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new ContentException(List.of(new Problem(file, at.getLineNr(), at.getColumnNr(),
                        "more text after the end of the JSON object; remove it")));
            }
            return root;
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new ContentException(List.of(new Problem(file, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ContentException(List.of(new Problem(file, 0, 0, "cannot read: " + e.getMessage())));
        }
    }

    private static Node read(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                Map<String, int[]> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation k = p.currentTokenLocation();
                    keys.put(name, new int[] {k.getLineNr(), k.getColumnNr()});
                    p.nextToken();
                    fields.put(name, read(p));
                }
                return new Obj(fields, keys, line, column);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p));
                }
                return new Arr(items, line, column);
            }
            case VALUE_STRING -> {
                return new Str(p.getText(), line, column);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Num(p.getNumberValue(), line, column);
            }
            default -> {
                return new Other(p.getText(), line, column);
            }
        }
    }
}
