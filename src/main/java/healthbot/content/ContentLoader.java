package healthbot.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import healthbot.rules.Fact;
import healthbot.rules.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code intents/} into a {@link Content}. Collects every problem it can find (broken
 * JSON with line and column, unknown fields, dangling references) and then either returns valid
 * content or throws one {@link ContentException} listing them all.
 */
public final class ContentLoader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    // --- the files' shapes, as written by staff ---

    record SettingsFile(@JsonProperty(value = "confidence_threshold", required = true) double confidenceThreshold,
                        @JsonProperty(value = "near_tie_margin", required = true) double nearTieMargin,
                        @JsonProperty(value = "emergency_confidence", required = true) double emergencyConfidence,
                        @JsonProperty(value = "session_idle_minutes", required = true) int sessionIdleMinutes,
                        @JsonProperty(value = "min_examples", required = true) int minExamples,
                        @JsonProperty(value = "max_message_chars", required = true) int maxMessageChars,
                        @JsonProperty(value = "regions", required = true) List<RegionFile> regions,
                        @JsonProperty("norwegian_cues") List<String> norwegianCues,
                        @JsonProperty(value = "ui", required = true) Map<String, Text> ui) {}

    record RegionFile(@JsonProperty(value = "id", required = true) String id,
                      @JsonProperty(value = "label", required = true) Text label,
                      @JsonProperty("names") List<String> names) {}

    record FactsFile(@JsonProperty(value = "sources", required = true) Map<String, SourceFile> sources,
                     @JsonProperty(value = "facts", required = true) Map<String, FactFile> facts) {}

    record SourceFile(@JsonProperty(value = "title", required = true) String title,
                      @JsonProperty(value = "region", required = true) String region,
                      @JsonProperty("file") String file) {}

    record FactFile(@JsonProperty(value = "value", required = true) String value,
                    @JsonProperty("source") String source,
                    @JsonProperty("year") Integer year,
                    @JsonProperty("note") String note) {}

    record TopicFile(@JsonProperty(value = "intents", required = true) List<IntentFile> intents) {}

    record IntentFile(@JsonProperty(value = "name", required = true) String name,
                      @JsonProperty("kind") IntentKind kind,
                      @JsonProperty("label") Text label,
                      @JsonProperty("examples") List<String> examples,
                      @JsonProperty("answer") Text answer,
                      @JsonProperty("sources") List<String> sources,
                      @JsonProperty("buttons") List<String> buttons,
                      @JsonProperty("flow") String flow,
                      @JsonProperty("triggers") List<String> triggers) {}

    record FlowFile(@JsonProperty(value = "name", required = true) String name,
                    @JsonProperty(value = "rule", required = true) String rule,
                    @JsonProperty("slots") Map<String, SlotFile> slots,
                    @JsonProperty("outcomes") Map<String, Text> outcomes) {}

    record SlotFile(@JsonProperty(value = "ask", required = true) Text ask,
                    @JsonProperty(value = "reprompt", required = true) Text reprompt,
                    @JsonProperty("choices") LinkedHashMap<String, Text> choices,
                    @JsonProperty("stated") LinkedHashMap<String, List<String>> stated) {}

    private final Path dir;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Path, String> texts = new LinkedHashMap<>();
    /** "topics/name" or "flows/name" -> the first file that defines it, for locating problems. */
    private final Map<String, Path> definedIn = new java.util.HashMap<>();

    private ContentLoader(Path dir) {
        this.dir = dir;
    }

    /**
     * Loads and validates the content in {@code dir}.
     *
     * @throws ContentException listing every problem when anything is wrong
     */
    public static Content load(Path dir) {
        return new ContentLoader(dir).run();
    }

    /**
     * Builds Jackson's deserializers for the content files ahead of loading (on a cold JVM their
     * introspection is a good part of the load); for a start-up thread with time to spare.
     */
    public static void warmUp() {
        for (Class<?> type : List.of(SettingsFile.class, FactsFile.class, TopicFile.class, FlowFile.class)) {
            JSON.readerFor(type); // fetches (builds and caches) the root deserializer eagerly
        }
    }

    private Content run() {
        if (!Files.isDirectory(dir)) {
            throw new ContentException(List.of(new Problem(dir, 0, 0,
                    "content directory not found; run from the project folder or pass --intents DIR")));
        }
        SettingsFile settingsFile = read(dir.resolve("settings.json"), SettingsFile.class);
        FactsFile factsFile = read(dir.resolve("facts.json"), FactsFile.class);
        Map<Path, TopicFile> topics = new LinkedHashMap<>();
        for (Path p : jsonFiles(dir.resolve("topics"))) {
            TopicFile t = read(p, TopicFile.class);
            if (t != null) {
                topics.put(p, t);
            }
        }
        Map<Path, FlowFile> flowFiles = new LinkedHashMap<>();
        for (Path p : jsonFiles(dir.resolve("flows"))) {
            FlowFile f = read(p, FlowFile.class);
            if (f != null) {
                flowFiles.put(p, f);
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        Content content = build(settingsFile, factsFile, topics, flowFiles);
        problems.addAll(new ContentValidator(content, this).validate());
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return content;
    }

    private Content build(SettingsFile s, FactsFile f, Map<Path, TopicFile> topics, Map<Path, FlowFile> flowFiles) {
        Path settingsPath = dir.resolve("settings.json");
        List<Region> regions = new ArrayList<>();
        for (RegionFile r : s.regions()) {
            regions.add(new Region(r.id(), r.label(), lower(orEmpty(r.names()))));
        }
        Settings settings = new Settings(s.confidenceThreshold(), s.nearTieMargin(), s.emergencyConfidence(), s.sessionIdleMinutes(),
                s.minExamples(), s.maxMessageChars(), regions, Set.copyOf(lower(orEmpty(s.norwegianCues()))), s.ui());

        Path factsPath = dir.resolve("facts.json");
        Map<String, Source> sources = new LinkedHashMap<>();
        f.sources().forEach((id, src) -> sources.put(id, new Source(id, src.title(), src.region())));
        Map<String, Fact> facts = new LinkedHashMap<>();
        f.facts().forEach((key, fact) -> {
            if (fact.source() == null || fact.source().isBlank()) {
                problems.add(locate(factsPath, "\"" + key + "\"", "fact '" + key
                        + "' has no source; add \"source\": one of " + sources.keySet()));
                facts.put(key, new Fact(key, fact.value(), "?", fact.year()));
            } else {
                facts.put(key, new Fact(key, fact.value(), fact.source(), fact.year()));
            }
        });

        List<Intent> intents = new ArrayList<>();
        topics.forEach((path, topic) -> {
            for (IntentFile i : topic.intents()) {
                definedIn.putIfAbsent("topics/" + i.name(), path);
                LocalizedTemplate answer = null;
                if (i.answer() != null) {
                    answer = template(path, i.name(), i.answer());
                }
                intents.add(new Intent(i.name(), i.kind() == null ? IntentKind.TOPIC : i.kind(),
                        i.label() == null ? Text.english(i.name().replace('_', ' ')) : i.label(),
                        orEmpty(i.examples()), i.answer(), Set.copyOf(orEmpty(i.sources())),
                        orEmpty(i.buttons()), i.flow(), orEmpty(i.triggers()), answer));
            }
        });

        Map<String, Flow> flows = new LinkedHashMap<>();
        flowFiles.forEach((path, fl) -> {
            definedIn.putIfAbsent("flows/" + fl.name(), path);
            Map<String, SlotPrompt> slots = new LinkedHashMap<>();
            if (fl.slots() != null) {
                fl.slots().forEach((name, sf) -> {
                    LocalizedTemplate ask = template(path, name, sf.ask());
                    LocalizedTemplate reprompt = template(path, name, sf.reprompt());
                    slots.put(name, new SlotPrompt(sf.ask(), sf.reprompt(),
                            sf.choices() == null ? Map.of() : sf.choices(), ask, reprompt,
                            sf.stated() == null ? Map.of() : sf.stated()));
                });
            }
            Map<String, LocalizedTemplate> outcomes = new LinkedHashMap<>();
            if (fl.outcomes() != null) {
                fl.outcomes().forEach((code, text) -> {
                    LocalizedTemplate t = template(path, code, text);
                    if (t != null) {
                        outcomes.put(code, t);
                    }
                });
            }
            if (flows.containsKey(fl.name())) {
                problems.add(locate(path, "\"" + fl.name() + "\"", "flow name '" + fl.name() + "' is used twice"));
            }
            flows.put(fl.name(), new Flow(fl.name(), fl.rule(), slots, outcomes));
        });
        return new Content(dir, settings, sources, facts, intents, flows);
    }

    private LocalizedTemplate template(Path file, String owner, Text text) {
        if (text.en() == null || text.en().isBlank()) {
            problems.add(locate(file, "\"" + owner + "\"", "'" + owner + "' has no English (\"en\") text"));
            return null;
        }
        try {
            return LocalizedTemplate.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(locate(file, "\"" + owner + "\"", "in '" + owner + "': " + e.getMessage()));
            return null;
        }
    }

    private <T> T read(Path file, Class<T> type) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            problems.add(new Problem(file, 0, 0, "file is missing"));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, "cannot read: " + e.getMessage()));
            return null;
        }
        texts.put(file, text);
        try {
            return JSON.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            // Jackson reports records' unknown fields at the end of the object; point at the field itself
            String message = "unknown field \"" + e.getPropertyName() + "\"; allowed here: "
                    + new java.util.TreeSet<>(e.getKnownPropertyIds().stream().map(String::valueOf).toList());
            long end = e.getLocation().getCharOffset();
            int field = text.lastIndexOf("\"" + e.getPropertyName() + "\"", end < 0 ? text.length() : (int) end);
            JsonLocation at = e.getLocation();
            problems.add(field >= 0 ? Problem.at(file, text, field, message)
                    : new Problem(file, at.getLineNr(), at.getColumnNr(), message));
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new Problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    plainWords(e.getOriginalMessage())));
            return null;
        }
    }

    private static final java.util.regex.Pattern MISSING_FIELD =
            java.util.regex.Pattern.compile("Missing required creator property '([^']+)'.*", java.util.regex.Pattern.DOTALL);

    /** Jackson's wording where staff would not understand it ("creator property"). */
    static String plainWords(String jacksonMessage) {
        java.util.regex.Matcher m = MISSING_FIELD.matcher(jacksonMessage);
        return m.matches() ? "the field \"" + m.group(1) + "\" is missing in the entry that ends here; add it, "
                + "or check its spelling" : jacksonMessage;
    }

    private static List<Path> jsonFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new ContentException(List.of(new Problem(folder, 0, 0, "cannot list: " + e.getMessage())));
        }
    }

    /** A problem located at the first line of {@code file} containing {@code needle}. */
    Problem locate(Path file, String needle, String message) {
        String text = texts.get(file);
        if (text != null && needle != null) {
            int at = text.indexOf(needle);
            if (at >= 0) {
                return Problem.at(file, text, at, message);
            }
        }
        return new Problem(file, 0, 0, message);
    }

    /**
     * Which file defines an intent or flow (the first, in file name order, when two do), for
     * locating validation problems; a mere mention (a button to an intent) does not count.
     */
    Path fileDefining(String kindFolder, String name) {
        Path defining = definedIn.get(kindFolder + "/" + name);
        if (defining != null) {
            return defining;
        }
        for (Map.Entry<Path, String> e : texts.entrySet()) {
            if (e.getKey().getParent() != null && e.getKey().getParent().getFileName().toString().equals(kindFolder)
                    && e.getValue().contains("\"" + name + "\"")) {
                return e.getKey();
            }
        }
        return dir.resolve(kindFolder);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT).trim()).toList();
    }
}
