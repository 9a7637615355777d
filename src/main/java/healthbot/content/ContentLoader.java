package healthbot.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import healthbot.rules.Fact;
import healthbot.rules.Rule;
import healthbot.rules.Rules;
import healthbot.rules.Slot;
import healthbot.rules.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Reads {@code intents/} into a {@link Content}. Collects every problem it can find (broken
 * JSON with line and column, unknown fields and text ids, dangling references) and then either
 * returns valid content or throws one {@link ContentException} listing them all.
 *
 * <p>The layout: {@code settings.json} (tuning, the languages, the regions' place names),
 * {@code facts.json}, {@code topics/*.json} (intents: kind, buttons, flow, sources),
 * {@code flows/*.json} (which rule a flow asks), and one folder per language under
 * {@code languages/} with everything written in that language (texts, examples, stated phrases,
 * word lists), and {@code triage/} (symptom groups and their signs per language, optional; see
 * {@link TriageFiles}). Texts are looked up by id ({@code intents.NAME.answer}, {@code flows.FLOW.slots.SLOT.ask},
 * {@code flows.FLOW.outcomes.CODE}, {@code regions.ID}, {@code ui.KEY}, {@code commands.NAME}).
 */
public final class ContentLoader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** The Telegram menu commands whose descriptions are texts ({@code commands.NAME}). */
    public static final List<String> COMMANDS = List.of("start", "emergency", "help", "reset", "forget", "privacy");

    /** Fields of the old layout, for a message that says where they went. */
    private static final Set<String> MOVED_TO_LANGUAGES = Set.of("label", "examples", "answer", "triggers", "slots",
            "outcomes", "ui", "norwegian_cues");

    // --- the files' shapes, as written by staff ---

    record SettingsFile(@JsonProperty(value = "confidence_threshold", required = true) double confidenceThreshold,
                        @JsonProperty(value = "near_tie_margin", required = true) double nearTieMargin,
                        @JsonProperty(value = "emergency_confidence", required = true) double emergencyConfidence,
                        @JsonProperty(value = "session_idle_minutes", required = true) int sessionIdleMinutes,
                        @JsonProperty(value = "min_examples", required = true) int minExamples,
                        @JsonProperty(value = "max_message_chars", required = true) int maxMessageChars,
                        @JsonProperty(value = "source_language", required = true) String sourceLanguage,
                        @JsonProperty(value = "languages", required = true) List<LanguageFile> languages,
                        @JsonProperty(value = "regions", required = true) List<RegionFile> regions,
                        @JsonProperty("ask_helpful") Boolean askHelpful) {}

    record LanguageFile(@JsonProperty(value = "code", required = true) String code,
                        @JsonProperty(value = "name", required = true) String name,
                        @JsonProperty("fallback") String fallback,
                        @JsonProperty("aliases") List<String> aliases,
                        @JsonProperty("script") String script,
                        @JsonProperty("direction") String direction,
                        @JsonProperty("decimal_separator") String decimalSeparator,
                        @JsonProperty("date_format") String dateFormat,
                        @JsonProperty("plural") String plural) {}

    record RegionFile(@JsonProperty(value = "id", required = true) String id,
                      @JsonProperty("names") List<String> names) {}

    record FactsFile(@JsonProperty(value = "sources", required = true) Map<String, SourceFile> sources,
                     @JsonProperty(value = "facts", required = true) Map<String, FactFile> facts) {}

    record SourceFile(@JsonProperty(value = "title", required = true) String title,
                      @JsonProperty(value = "region", required = true) String region,
                      @JsonProperty("file") String file) {}

    record FactFile(@JsonProperty(value = "value", required = true) String value,
                    @JsonProperty("source") String source,
                    @JsonProperty("year") Integer year,
                    @JsonProperty("decimal") Boolean decimal,
                    @JsonProperty("wordings") Map<String, String> wordings,
                    @JsonProperty("note") String note) {}

    record TopicFile(@JsonProperty(value = "intents", required = true) List<IntentFile> intents) {}

    record IntentFile(@JsonProperty(value = "name", required = true) String name,
                      @JsonProperty("kind") IntentKind kind,
                      @JsonProperty("sources") List<String> sources,
                      @JsonProperty("buttons") List<String> buttons,
                      @JsonProperty("flow") String flow) {}

    record FlowFile(@JsonProperty(value = "name", required = true) String name,
                    @JsonProperty(value = "rule", required = true) String rule) {}

    /** Content and the notices about it that do not stop the bot (texts not translated yet). */
    public record Loaded(Content content, List<Problem> notices) {
        public Loaded {
            notices = List.copyOf(notices);
        }
    }

    private final Path dir;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> notices = new ArrayList<>();
    private final FileTexts texts = new FileTexts();
    /** "topics/name" or "flows/name" -> the first file that defines it, for locating problems. */
    private final Map<String, Path> definedIn = new java.util.HashMap<>();

    private final ValidatedContent validated;

    private ContentLoader(Path dir, ValidatedContent validated) {
        this.dir = dir;
        this.validated = validated;
    }

    /**
     * Loads and validates the content in {@code dir}.
     *
     * @throws ContentException listing every problem when anything is wrong
     */
    public static Content load(Path dir) {
        return load(dir, ValidatedContent.NONE);
    }

    /**
     * {@link #load}, skipping the cross-file checks when {@code validated} knows that exactly this
     * content (every file read, byte for byte) passed them before; otherwise validating and, when
     * nothing is wrong, telling it so.
     *
     * @throws ContentException listing every problem when anything is wrong
     */
    public static Content load(Path dir, ValidatedContent validated) {
        return new ContentLoader(dir, validated).run().content();
    }

    /** {@link #load}, with the notices (untranslated texts) that {@code validate} lists. */
    public static Loaded loadWithNotices(Path dir) {
        return new ContentLoader(dir, ValidatedContent.NONE).run();
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

    private Loaded run() {
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
        Languages languages = settingsFile == null ? null : languages(settingsFile);
        Map<String, LanguagePack> packs = new LinkedHashMap<>();
        if (languages != null) {
            packs.putAll(readLanguages(languages.codes()));
            reportUnlistedLanguageFolders(languages);
        }
        TriageFiles triageFiles = new TriageFiles(problems, texts);
        Triage triage = triageFiles.read(dir);
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        Content content = new ContentBuilder(this, languages, packs).build(settingsFile, factsFile, topics, flowFiles, triage);
        triageFiles.checkAnswers(content.intents().stream().map(Intent::name).collect(java.util.stream.Collectors.toSet()));
        byte[] key = validated == ValidatedContent.NONE ? null : key(packs);
        if (!problems.isEmpty() || key == null || !validated.known(key)) {
            problems.addAll(new ContentValidator(content, this).validate()); // every problem at once, not the first kind only
            if (!problems.isEmpty()) {
                throw new ContentException(problems);
            }
            if (key != null) {
                validated.remember(key);
            }
        }
        return new Loaded(content, notices);
    }

    /**
     * Everything the content was built from: every file read (its path in the content folder and
     * its bytes as read, in reading order) and each language's common words (read line by line), as
     * length-prefixed fields, so that no two different contents give the same bytes.
     */
    private byte[] key(Map<String, LanguagePack> packs) {
        Map<Path, byte[]> files = texts.bytes();
        int size = 64 * 1024;
        for (byte[] b : files.values()) {
            size += b.length + 128;
        }
        KeyBuilder key = new KeyBuilder(size);
        key.field("files " + files.size());
        files.forEach((file, bytes) -> {
            key.field(dir.relativize(file).toString());
            key.field(bytes); // the bytes as read: the same content has the same key, any changed byte another
        });
        packs.forEach((code, pack) -> {
            key.field("common words " + code + " " + pack.lexicon().commonWords().size());
            pack.lexicon().commonWords().forEach(key::field);
        });
        return key.toBytes();
    }

    /**
     * Every language's folder, read on this thread and one more at once (each language is
     * independent; on a cold JVM they are a good part of the load). Each language's problems and
     * file texts are then added in the languages' order, as if they had been read one after another.
     */
    private Map<String, LanguagePack> readLanguages(List<String> codes) {
        List<FutureTask<LanguageRead>> tasks = new ArrayList<>();
        for (String code : codes) {
            tasks.add(new FutureTask<>(() -> {
                List<Problem> found = new ArrayList<>();
                FileTexts read = new FileTexts();
                LanguagePack pack = new LanguageFiles(found, read).read(code, dir.resolve("languages").resolve(code));
                return new LanguageRead(pack, found, read);
            }));
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                tasks.get(i).run();
            }
        };
        if (tasks.size() > 1) {
            Thread helper = new Thread(worker, "content-languages");
            helper.setDaemon(true);
            helper.start();
        }
        worker.run();
        Map<String, LanguagePack> packs = new LinkedHashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            LanguageRead r = result(tasks.get(i));
            problems.addAll(r.problems());
            texts.putAll(r.texts());
            packs.put(codes.get(i), r.pack());
        }
        return packs;
    }

    /** One language folder read: its pack, its problems and the texts of its files. */
    private record LanguageRead(LanguagePack pack, List<Problem> problems, FileTexts texts) {}

    /** What the task returned, or what it threw, as if it had run on this thread. */
    private static <T> T result(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the language files were being read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Languages languages(SettingsFile s) {
        Path file = dir.resolve("settings.json");
        List<Language> list = new ArrayList<>();
        for (LanguageFile l : s.languages()) {
            String script = l.script() == null ? "latin" : l.script();
            if (!Language.SCRIPTS.contains(script)) {
                problems.add(locate(file, "\"" + l.code() + "\"", "language \"" + l.code() + "\" has unknown script \""
                        + script + "\"; use one of " + Language.SCRIPTS));
            }
            String direction = l.direction() == null ? "ltr" : l.direction();
            if (!direction.equals("ltr") && !direction.equals("rtl")) {
                problems.add(locate(file, "\"" + l.code() + "\"", "language \"" + l.code() + "\" has direction \""
                        + direction + "\"; write \"ltr\" or \"rtl\""));
            }
            String separator = l.decimalSeparator() == null ? "." : l.decimalSeparator();
            if (!separator.equals(".") && !separator.equals(",")) {
                problems.add(locate(file, "\"" + l.code() + "\"", "language \"" + l.code()
                        + "\" has decimal_separator \"" + separator + "\"; write \".\" or \",\""));
            }
            String dateFormat = l.dateFormat() == null ? "EEEE d MMMM" : l.dateFormat();
            try {
                java.time.format.DateTimeFormatter.ofPattern(dateFormat);
            } catch (IllegalArgumentException e) {
                problems.add(locate(file, dateFormat, "language \"" + l.code() + "\" has a date_format that is not a"
                        + " date pattern (" + e.getMessage() + "); e.g. \"EEEE d. MMMM\""));
            }
            PluralRule plural = PluralRule.byId(l.plural() == null ? PluralRule.ONE_OTHER.id() : l.plural());
            if (plural == null) {
                problems.add(locate(file, "\"" + l.plural() + "\"", "language \"" + l.code() + "\" has plural \""
                        + l.plural() + "\"; use one of " + PluralRule.ids()));
                plural = PluralRule.ONE_OTHER;
            }
            list.add(new Language(l.code(), l.name(), l.fallback(), l.aliases() == null ? List.of() : l.aliases(),
                    script, direction.equals("rtl"), separator, dateFormat, plural));
        }
        try {
            return new Languages(list, s.sourceLanguage());
        } catch (IllegalArgumentException e) {
            problems.add(locate(file, "\"languages\"", e.getMessage()));
            return null;
        }
    }

    private void reportUnlistedLanguageFolders(Languages languages) {
        Path folder = dir.resolve("languages");
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> children = Files.list(folder)) {
            children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .filter(code -> !languages.has(code))
                    .forEach(code -> problems.add(new Problem(folder.resolve(code), 0, 0, "folder for language \"" + code
                            + "\", which settings.json does not list; add {\"code\": \"" + code + "\", \"name\": \"...\"}"
                            + " to \"languages\" in settings.json, or remove the folder")));
        } catch (IOException e) {
            problems.add(new Problem(folder, 0, 0, "cannot list: " + e.getMessage()));
        }
    }

    /** Rule of a flow file, for knowing which slot and outcome texts it needs (null when unknown). */
    static Optional<Rule> ruleOf(FlowFile f) {
        return Rules.byName(f.rule());
    }

    static List<Slot> slotsOf(FlowFile f) {
        return ruleOf(f).map(Rule::slots).orElse(List.of());
    }

    List<Problem> problems() {
        return problems;
    }

    List<Problem> notices() {
        return notices;
    }

    void defined(String kindFolder, String name, Path file) {
        definedIn.putIfAbsent(kindFolder + "/" + name, file);
    }

    Path dir() {
        return dir;
    }

    private <T> T read(Path file, Class<T> type) {
        String text;
        try {
            text = texts.read(file);
        } catch (NoSuchFileException e) {
            problems.add(new Problem(file, 0, 0, "file is missing"));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, "cannot read: " + e.getMessage()));
            return null;
        }
        try {
            return JSON.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            // Jackson reports records' unknown fields at the end of the object; point at the field itself
            String message = "unknown field \"" + e.getPropertyName() + "\"; allowed here: "
                    + new java.util.TreeSet<>(e.getKnownPropertyIds().stream().map(String::valueOf).toList());
            if (MOVED_TO_LANGUAGES.contains(e.getPropertyName())) {
                message += " (texts, examples and word lists are written per language in intents/languages/<code>/;"
                        + " see intents/README.md)";
            }
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

    /** The text of a file the loader read, or null. */
    String textOf(Path file) {
        return texts.get(file);
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

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static Set<String> setOf(List<String> list) {
        return new HashSet<>(orEmpty(list));
    }
}
