package healthbot.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import healthbot.content.Content;
import healthbot.content.ContentException;
import healthbot.content.ContentLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Adds one example phrase to an intent in {@code languages/<code>/examples.json}, through
 * {@link ContentFiles}. The file's text is edited in place (one line added after the intent's
 * last example, so the file keeps its layout and the diff is one line), and checked twice:
 * before writing, the edited text must parse to the same examples plus the new one and a copy of
 * the whole content with it must load without a problem; after writing, the content folder must
 * load again, or the file is put back as it was.
 */
final class ExampleWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why an example was not added, in words for staff. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final Path contentDir;
    private final ContentFiles files;

    ExampleWriter(Path contentDir) {
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.files = new ContentFiles(contentDir);
    }

    /** The file written, relative to the content folder's parent (e.g. {@code intents/languages/nb/examples.json}). */
    String add(Content content, String language, String intent, String example) throws IOException, Refused {
        String phrase = example == null ? "" : example.strip();
        if (phrase.isEmpty()) {
            throw new Refused("the example is empty");
        }
        if (content.intents().stream().noneMatch(i -> i.name().equals(intent))) {
            throw new Refused("there is no intent '" + intent + "' in the content");
        }
        if (!content.languages().has(language)) {
            throw new Refused("the content has no language '" + language + "'");
        }
        Path file = files.inside(contentDir.resolve("languages").resolve(language).resolve("examples.json"));
        String before = Files.readString(file, StandardCharsets.UTF_8);
        List<String> had = examples(before, intent, file);
        if (had.stream().anyMatch(e -> e.strip().toLowerCase(Locale.ROOT).equals(phrase.toLowerCase(Locale.ROOT)))) {
            throw new Refused("'" + intent + "' already has this example in " + language);
        }
        String after = withExample(before, intent, phrase, file);
        List<String> expected = new ArrayList<>(had);
        expected.add(phrase);
        if (!examples(after, intent, file).equals(expected)) {
            throw new IllegalStateException("adding an example to " + file + " would change other examples; nothing written");
        }
        checkInACopy(file, after);
        files.replace(file, after);
        try {
            ContentLoader.load(contentDir);
        } catch (ContentException e) {
            files.restore(file, before);
            throw new Refused("the content did not load with the example (" + e.getMessage() + "); " + file + " is as it was");
        }
        Path base = contentDir.getParent();
        return base == null ? file.toString() : base.relativize(file).toString();
    }

    /** The intent's examples in the file's text (empty when it has none yet). */
    private static List<String> examples(String text, String intent, Path file) throws Refused {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Refused(file + " is not valid JSON (" + e.getOriginalMessage() + "); fix it first");
        }
        List<String> out = new ArrayList<>();
        root.path("intents").path(intent).forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The text with {@code phrase} as the last example of {@code intent}. */
    private static String withExample(String text, String intent, String phrase, Path file) throws Refused {
        String quoted;
        try {
            quoted = JSON.writeValueAsString(phrase);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an example as JSON", e);
        }
        String key = JSON.valueToTree(intent).toString() + ": [";
        int at = text.indexOf(key);
        if (at < 0) {
            throw new Refused(file + " has no examples for '" + intent + "' yet; add the first by hand");
        }
        int close = text.indexOf(']', at);
        int last = close - 1;
        while (last > at && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        int lineStart = text.lastIndexOf('\n', last) + 1;
        int i = lineStart;
        while (text.charAt(i) == ' ' || text.charAt(i) == '\t') {
            i++;
        }
        String indent = text.substring(lineStart, i);
        return text.substring(0, last + 1) + ",\n" + indent + quoted + text.substring(last + 1);
    }

    /** Loads a copy of the content folder in which {@code file} has {@code text}. */
    private void checkInACopy(Path file, String text) throws IOException, Refused {
        Path copy = Files.createTempDirectory("healthbot-example-check");
        try {
            try (Stream<Path> all = Files.walk(contentDir)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    Path target = copy.resolve(contentDir.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            Files.writeString(copy.resolve(contentDir.relativize(file).toString()), text, StandardCharsets.UTF_8);
            ContentLoader.load(copy);
        } catch (ContentException e) {
            throw new Refused("the content would not load with the example (" + e.getMessage() + "); nothing written");
        } finally {
            try (Stream<Path> all = Files.walk(copy)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
