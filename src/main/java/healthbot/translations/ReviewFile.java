package healthbot.translations;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes one language's {@code reviewed.json}:
 *
 * <pre>
 * {
 *   "about": "...",
 *   "reviewed": {
 *     "intents.gp_register.answer": {"source": "sha256:...", "translation": "sha256:...", "by": "K. Nordmann", "on": "2026-12-07"}
 *   }
 * }
 * </pre>
 *
 * A missing file means nothing is reviewed yet. Entries are written sorted by id, so that a review
 * shows in a diff as the lines it changed.
 */
final class ReviewFile {

    static final String NAME = "reviewed.json";

    private static final String ABOUT = "Which translations of this folder a qualified translator has reviewed, and"
            + " against which source text (checksums). Written by `healthbot translations --mark-reviewed`; delete an"
            + " entry to ask for a new review. See docs/languages.md.";
    private static final List<String> ENTRY_FIELDS = List.of("source", "translation", "by", "on");
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ReviewFile() {
    }

    /**
     * @return text id to its entry, in id order; empty when the file does not exist
     * @throws ReviewFileException when the file is not of the shape above
     */
    static Map<String, ReviewEntry> read(Path file) {
        Map<String, ReviewEntry> entries = new TreeMap<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try (JsonParser p = JSON.createParser(file.toFile())) {
            expect(file, p, p.nextToken(), JsonToken.START_OBJECT, "the file must hold one JSON object {...}");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonLocation fieldAt = p.currentTokenLocation();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "about" -> expect(file, p, value, JsonToken.VALUE_STRING, "\"about\" must be a text in quotes");
                    case "reviewed" -> {
                        expect(file, p, value, JsonToken.START_OBJECT, "\"reviewed\" must be an object of text ids to entries");
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String id = p.currentName();
                            int line = p.currentTokenLocation().getLineNr();
                            if (entries.containsKey(id)) {
                                throw problem(file, p, "\"" + id + "\" is listed twice; keep one entry");
                            }
                            entries.put(id, entry(file, p, id, line));
                        }
                    }
                    default -> throw new ReviewFileException(file, fieldAt.getLineNr(), fieldAt.getColumnNr(),
                            "unknown field \"" + field + "\"; allowed here: [about, reviewed]");
                }
            }
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new ReviewFileException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON (" + e.getOriginalMessage() + "); fix it, or delete the file to start the reviews over");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return entries;
    }

    private static ReviewEntry entry(Path file, JsonParser p, String id, int line) throws IOException {
        expect(file, p, p.nextToken(), JsonToken.START_OBJECT, "the entry of \"" + id + "\" must be an object with "
                + "\"source\", \"translation\", \"by\" and \"on\"");
        Map<String, String> fields = new TreeMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (!ENTRY_FIELDS.contains(name)) {
                throw problem(file, p, "unknown field \"" + name + "\" in the entry of \"" + id + "\"; allowed here: " + ENTRY_FIELDS);
            }
            expect(file, p, p.nextToken(), JsonToken.VALUE_STRING, "\"" + name + "\" of \"" + id + "\" must be a text in quotes");
            fields.put(name, p.getText());
        }
        for (String name : ENTRY_FIELDS) {
            if (!fields.containsKey(name)) {
                throw new ReviewFileException(file, line, 0, "the entry of \"" + id + "\" has no \"" + name + "\"; mark the"
                        + " text reviewed again with `healthbot translations --mark-reviewed` rather than writing checksums by hand");
            }
        }
        for (String name : new String[] {"source", "translation"}) {
            if (!Checksum.wellFormed(fields.get(name))) {
                throw new ReviewFileException(file, line, 0, "\"" + name + "\" of \"" + id + "\" is not a checksum such as"
                        + " \"sha256:3f2a9c1b7d4e5f60\"; delete the entry and mark the text reviewed again");
            }
        }
        LocalDate on;
        try {
            on = LocalDate.parse(fields.get("on"));
        } catch (DateTimeParseException e) {
            throw new ReviewFileException(file, line, 0, "\"on\" of \"" + id + "\" must be a date such as 2026-12-07, not \""
                    + fields.get("on") + "\"");
        }
        return new ReviewEntry(new Checksum(fields.get("source")), new Checksum(fields.get("translation")),
                fields.get("by"), on, line);
    }

    private static void expect(Path file, JsonParser p, JsonToken actual, JsonToken expected, String message) {
        if (actual != expected) {
            throw problem(file, p, message);
        }
    }

    private static ReviewFileException problem(Path file, JsonParser p, String message) {
        JsonLocation at = p.currentTokenLocation();
        return new ReviewFileException(file, at.getLineNr(), at.getColumnNr(), message);
    }

    /** Writes the entries, sorted by id, replacing the file. */
    static void write(Path file, Map<String, ReviewEntry> entries) {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeStringField("about", ABOUT);
            g.writeObjectFieldStart("reviewed");
            for (Map.Entry<String, ReviewEntry> e : new TreeMap<>(entries).entrySet()) {
                ReviewEntry r = e.getValue();
                g.writeObjectFieldStart(e.getKey());
                g.writeStringField("source", r.source().value());
                g.writeStringField("translation", r.translation().value());
                g.writeStringField("by", r.reviewer());
                g.writeStringField("on", r.date().toString());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
