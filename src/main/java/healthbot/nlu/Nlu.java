package healthbot.nlu;

import healthbot.content.Content;
import healthbot.content.Intent;
import healthbot.content.IntentKind;
import healthbot.content.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** The understanding pipeline for one version of the content: trained once, then read-only and thread-safe. */
public final class Nlu {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Nlu.class);

    private final IntentClassifier classifier;
    private final boolean classifierFromCache;
    private final EmergencyDetector emergency;
    private final LanguageDetector languages;
    private final EntityExtractor entities;
    private final StoryReader stories;
    private final double threshold;
    private final java.util.Map<String, LatinSpelling> spellings;

    private Nlu(IntentClassifier classifier, boolean classifierFromCache, EmergencyDetector emergency,
                LanguageDetector languages, EntityExtractor entities, StoryReader stories, double threshold,
                java.util.Map<String, LatinSpelling> spellings) {
        this.classifier = classifier;
        this.classifierFromCache = classifierFromCache;
        this.emergency = emergency;
        this.languages = languages;
        this.entities = entities;
        this.stories = stories;
        this.threshold = threshold;
        this.spellings = java.util.Map.copyOf(spellings);
    }

    /** Trains the classifier on every intent's examples (the fallback intent's are the out-of-scope class). */
    public static Nlu train(Content content) {
        return build(content, ModelCache.disabled());
    }

    /**
     * {@link #train}, or the classifier a cache holds for exactly these examples, settings and code.
     * The emergency detector (the triage signs of every language, compiled or from the same cache)
     * and the typo guard (every common and example word) are built on a second thread meanwhile:
     * they are independent of the classifier. This thread loads the classifier and builds the
     * language detector, then the story reader once the typo guard is ready.
     */
    public static Nlu build(Content content, ModelCache cache) {
        return build(content, cache, null);
    }

    /**
     * {@link #build(Content, ModelCache)}, with what is compiled from the content (the emergency
     * tables, the typo guard) kept in {@code cache} under {@code contentKey}, the key of every file
     * it was loaded from ({@link ModelCache.Validations#contentKey}; null: the tables keyed by their
     * inputs, the typo guard built). A start-up with unchanged content then normalises no example.
     */
    public static Nlu build(Content content, ModelCache cache, byte[] contentKey) {
        FutureTask<java.util.Map<String, List<String>>> normalized = new FutureTask<>(() -> normalizedExamples(content));
        java.util.function.Supplier<java.util.Map<String, List<String>>> examples = () -> {
            normalized.run(); // on the builder thread, the first time a table is not in the cache; then a no-op
            return joined(normalized);
        };
        FutureTask<java.util.Set<String>> typoGuard = new FutureTask<>(() -> cachedTypoGuard(cache, contentKey,
                () -> java.util.Set.copyOf(typoGuard(content, examples.get()))));
        FutureTask<EmergencyDetector> emergency = new FutureTask<>(() -> EmergencyDetector.of(content.lexicons().values(),
                content.triage(), () -> everydayExamples(content, examples.get()), cache, contentKey));
        Thread builder = new Thread(() -> {
            typoGuard.run(); // one immutable set for the topic and the outside words (neither copies it again)
            StartupSteps.thread("typo");
            emergency.run();
            StartupSteps.thread("nlu-build");
        }, "nlu-build");
        builder.setDaemon(true);
        builder.start();
        StartupSteps.step("nlu-thread-start");
        List<IntentClassifier.Example> examplesList = examplesOf(content);
        ModelCache.Loaded loaded = cache.classifier(examplesList, IntentClassifier.trainingSettings(),
                () -> IntentClassifier.train(examplesList));
        StartupSteps.step("classifier");
        EntityExtractor entities = new EntityExtractor(regionsOf(content), content.lexicons().values());
        StartupSteps.step("entities");
        LanguageDetector languageDetector = new LanguageDetector(content.languages(), content.lexicons(),
                cachedTextWords(cache, contentKey, () -> textWords(content)), placeNameWords(content));
        StartupSteps.step("languages");
        java.util.Set<String> guard = joined(typoGuard);
        StartupSteps.step("typo-guard");
        StoryReader stories = new StoryReader(loaded.classifier(), topicsOf(content), content.intentOfKind(IntentKind.FALLBACK).name(),
                content.intentOfKind(IntentKind.EMERGENCY).name(), topicWordsOf(content, guard),
                new OutsideWords(content.lexicons().values(), guard), smalltalkOf(content), StoryReader.Policy.fromSystemProperties());
        StartupSteps.step("topic+outside+stories");
        joined(emergency);
        StartupSteps.step("wait-emergency");
        return new Nlu(loaded.classifier(), loaded.fromCache(), joined(emergency), languageDetector, entities, stories,
                content.settings().confidenceThreshold(), latinSpellings(content));
    }

    /** The typo guard from {@code cache} when it holds it for this content and build; otherwise built, and kept. */
    private static java.util.Set<String> cachedTypoGuard(ModelCache cache, byte[] contentKey,
                                                         java.util.function.Supplier<java.util.Set<String>> build) {
        if (contentKey == null || cache.directories().isEmpty()) {
            return build.get();
        }
        byte[] key = cache.entryKey("healthbot typo guard of the content " + WordSet.FORMAT, contentKey);
        byte[] cached = cache.payload(WordSet.PREFIX, key, "the typo guard is built");
        if (cached != null) {
            try {
                return WordSet.decode(cached);
            } catch (EmergencyTables.Invalid e) {
                LOG.warn("ignoring the cached typo guard: {}; it is built again and the entry replaced", e.getMessage());
            }
        }
        java.util.Set<String> built = build.get();
        cache.store(WordSet.PREFIX, key, WordSet.encode(built), "typo guard cached");
        return built;
    }

    /** The words of each language's texts from {@code cache} when it holds them for this content and build; otherwise worked out, and kept. */
    private static java.util.Map<String, java.util.Set<String>> cachedTextWords(ModelCache cache, byte[] contentKey,
            java.util.function.Supplier<java.util.Map<String, java.util.Set<String>>> build) {
        if (contentKey == null || cache.directories().isEmpty()) {
            return build.get();
        }
        byte[] key = cache.entryKey("healthbot text words of the content " + WordSet.FORMAT, contentKey);
        byte[] cached = cache.payload(WordSet.TEXT_PREFIX, key, "the words of the texts are worked out");
        if (cached != null) {
            try {
                return WordSet.decodeByName(cached);
            } catch (EmergencyTables.Invalid e) {
                LOG.warn("ignoring the cached words of the texts: {}; they are worked out again and the entry replaced", e.getMessage());
            }
        }
        java.util.Map<String, java.util.Set<String>> built = build.get();
        cache.store(WordSet.TEXT_PREFIX, key, WordSet.encode(built), "words of the texts cached");
        return built;
    }

    /** Each language with Latin spelling rules (Russian, Ukrainian) to its rules. */
    static java.util.Map<String, LatinSpelling> latinSpellings(Content content) {
        java.util.Map<String, LatinSpelling> out = new java.util.HashMap<>();
        content.lexicons().forEach((code, lexicon) -> {
            if (!lexicon.evidence().latinSpelling().isEmpty()) {
                out.put(code, LatinSpelling.of(lexicon.evidence().latinSpelling()));
            }
        });
        return out;
    }

    /** What the task built, or what it threw, as if it had run on this thread. */
    private static <T> T joined(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the understanding pipeline was being built", e);
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

    /** Intent name to its examples, normalised once for the readers that need their words. */
    private static java.util.Map<String, List<String>> normalizedExamples(Content content) {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (Intent i : content.intents()) {
            out.put(i.name(), i.allExamples().stream().map(TextNormalizer::normalize).toList());
        }
        return out;
    }

    /** The topic words of every intent in every language, typo tolerance guarded by every common and example word. */
    private static TopicWords topicWordsOf(Content content, java.util.Set<String> typoGuard) {
        java.util.Map<String, List<String>> byIntent = new java.util.LinkedHashMap<>();
        for (Intent i : content.intents()) {
            byIntent.put(i.name(), i.allTopicWords());
        }
        return new TopicWords(byIntent, typoGuard);
    }

    /** Every common word and every word of an example, normalised: never read as a typo of a topic or outside word. */
    private static java.util.Set<String> typoGuard(Content content, java.util.Map<String, List<String>> normalized) {
        java.util.Set<String> common = new java.util.HashSet<>();
        java.util.Set<String> commonWords = new java.util.HashSet<>(); // each distinct word normalised once: the same set
        content.lexicons().values().forEach(l -> commonWords.addAll(l.commonWords()));
        commonWords.forEach(w -> common.add(TextNormalizer.normalize(w)));
        for (Intent i : content.intents()) {
            for (String e : normalized.get(i.name())) {
                for (String w : e.split(" ")) {
                    common.add(TextNormalizer.trimPunctuation(w));
                }
            }
        }
        return common;
    }

    /** The intents a sentence of a story may be read as: the topics (an emergency is the assessment's and the whole message's to decide). */
    private static java.util.Set<String> smalltalkOf(Content content) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Intent i : content.intents()) {
            if (i.kind() == IntentKind.SMALLTALK) {
                out.add(i.name());
            }
        }
        return out;
    }

    private static java.util.Set<String> topicsOf(Content content) {
        java.util.Set<String> topics = new java.util.HashSet<>();
        for (Intent i : content.intents()) {
            if (i.kind() == IntentKind.TOPIC) {
                topics.add(i.name());
            }
        }
        return topics;
    }

    /**
     * Builds CoreNLP's tokenizer and lemmatiser tables (done once per JVM on first use, a noticeable
     * part of the first message's time on a cold JVM); for a start-up thread with time to spare.
     */
    public static void warmUp() {
        Tokenizer.tokens(TextNormalizer.normalize("Warming up: registering with the legevakt, tannlegevakten."));
    }

    public static List<IntentClassifier.Example> examplesOf(Content content) {
        List<IntentClassifier.Example> examples = new ArrayList<>();
        for (Intent intent : content.intents()) {
            for (String e : intent.allExamples()) {
                examples.add(new IntentClassifier.Example(e, intent.name()));
            }
        }
        return examples;
    }

    /** Examples of every intent but the emergency one: their words are never read as typos of a trigger. */
    private static List<String> everydayExamples(Content content, java.util.Map<String, List<String>> normalized) {
        List<String> texts = new ArrayList<>();
        java.util.Set<String> emergencyWords = new java.util.HashSet<>();
        for (String e : normalized.get(content.intentOfKind(IntentKind.EMERGENCY).name())) {
            emergencyWords.addAll(List.of(e.split(" ")));
        }
        for (Intent intent : content.intents()) {
            if (intent.kind() != IntentKind.EMERGENCY) {
                for (String e : normalized.get(intent.name())) {
                    for (String w : e.split(" ")) {
                        if (!emergencyWords.contains(w)) {
                            texts.add(w);
                        }
                    }
                }
            }
        }
        return texts;
    }

    public static List<EntityExtractor.RegionNames> regionsOf(Content content) {
        List<EntityExtractor.RegionNames> regions = new ArrayList<>();
        for (Region r : content.settings().regions()) {
            List<String> names = new ArrayList<>(r.names());
            names.addAll(r.label().byLanguage().values());
            regions.add(new EntityExtractor.RegionNames(r.id(), names));
        }
        return regions;
    }

    /** Language code to the normalised words of its texts (answers, questions, labels): the words it writes. */
    static java.util.Map<String, java.util.Set<String>> textWords(Content content) {
        java.util.Map<String, java.util.Set<String>> words = new java.util.HashMap<>();
        content.texts().values().forEach(byLanguage -> byLanguage.forEach((language, text) -> {
            java.util.Set<String> own = words.computeIfAbsent(language, l -> new java.util.HashSet<>());
            for (String word : TextNormalizer.normalize(text.value()).split(" ")) {
                own.add(TextNormalizer.trimPunctuation(word));
            }
        }));
        return words;
    }

    static java.util.Set<String> placeNameWords(Content content) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (EntityExtractor.RegionNames r : regionsOf(content)) {
            for (String name : r.names()) {
                for (String word : TextNormalizer.normalize(name).split(" ")) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    public Analysis analyze(String text) {
        String normalized = TextNormalizer.normalize(text);
        LanguageDetector.Detected language = languages.detect(text, normalized.split(" "));
        LatinSpelling spelling = language.transliterated() ? spellings.get(language.language()) : null;
        if (spelling != null && !spelling.isEmpty()) {
            // Russian or Ukrainian in Latin letters: read as written in its own script, answered in it
            String respelt = spelling.respell(normalized);
            Assessment asWritten = emergency.assess(normalized);
            Assessment respeltAssessment = emergency.assess(respelt);
            Assessment assessment = asWritten.grade().compareTo(respeltAssessment.grade()) > 0 ? asWritten : respeltAssessment;
            Reading reading = stories.read(respelt, respelt, classifier.tokensOfNormalized(respelt), threshold);
            return new Analysis(respelt, language.language(), language.alike(), language.unsupported(), assessment, reading.prediction(), reading);
        }
        List<String> tokens = classifier.tokensOfNormalized(normalized);
        Assessment assessment = emergency.assess(normalized);
        Reading reading = stories.read(text, normalized, tokens, threshold);
        return new Analysis(normalized, language.language(), language.alike(), language.unsupported(), assessment, reading.prediction(), reading);
    }

    public EmergencyDetector emergencyDetector() {
        return emergency;
    }

    public EntityExtractor entities() {
        return entities;
    }

    public IntentClassifier classifier() {
        return classifier;
    }

    /** Whether the classifier was loaded from a {@link ModelCache} rather than trained. */
    public boolean classifierFromCache() {
        return classifierFromCache;
    }
}
