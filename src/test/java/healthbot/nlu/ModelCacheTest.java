package healthbot.nlu;

import healthbot.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelCacheTest {

    private static final String SETTINGS = IntentClassifier.trainingSettings();

    @TempDir
    Path tmp;

    /** Counts trainings, so a test can tell a cache hit (no training) from a miss. */
    private final AtomicInteger trainings = new AtomicInteger();

    private static List<IntentClassifier.Example> small() {
        List<IntentClassifier.Example> examples = new ArrayList<>();
        for (String s : List.of("what is the emergency number", "someone collapsed", "call an ambulance",
                "he is not breathing", "heart attack")) {
            examples.add(new IntentClassifier.Example(s, "emergency"));
        }
        for (String s : List.of("how do I get a fastlege", "register with a GP", "change my doctor",
                "bytte fastlege", "new gp please")) {
            examples.add(new IntentClassifier.Example(s, "gp_register"));
        }
        for (String s : List.of("what is the weather", "tell me a joke", "book a flight", "play music",
                "set a timer")) {
            examples.add(new IntentClassifier.Example(s, "fallback"));
        }
        return examples;
    }

    private ModelCache.Loaded load(ModelCache cache, List<IntentClassifier.Example> examples, String settings) {
        return cache.classifier(examples, settings, () -> {
            trainings.incrementAndGet();
            return IntentClassifier.train(examples);
        });
    }

    private ModelCache.Loaded load(ModelCache cache, List<IntentClassifier.Example> examples) {
        return load(cache, examples, SETTINGS);
    }

    private List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".bin")).sorted().toList();
        }
    }

    @Test
    void aCachedModelGivesExactlyThePredictionsOfTheTrainingItCameFrom() throws IOException {
        List<IntentClassifier.Example> examples = Nlu.examplesOf(ContentLoader.load(Path.of("intents")));
        ModelCache cache = ModelCache.in(tmp);
        ModelCache.Loaded trained = load(cache, examples);
        ModelCache.Loaded cached = load(cache, examples);
        assertFalse(trained.fromCache());
        assertTrue(cached.fromCache());
        assertEquals(1, trainings.get());
        assertEquals(trained.classifier().labels(), cached.classifier().labels());
        List<String> messages = new ArrayList<>(Files.readAllLines(Path.of("intents/tests/nlu-holdout.jsonl")));
        messages.addAll(List.of("tannlegevaktnummeret", "legevaktnummer", "116 117", "I'm 19, is the dentist free?", ""));
        for (String m : messages) {
            assertArrayEquals(trained.classifier().probabilities(m).clone(), cached.classifier().probabilities(m).clone(), m);
        }
    }

    @Test
    void trainingIsDeterministicSoACachedModelEqualsAFreshTraining() {
        List<IntentClassifier.Example> examples = small();
        IntentClassifier cached = load(ModelCache.in(tmp), examples).classifier();
        cached = load(ModelCache.in(tmp), examples).classifier();
        IntentClassifier fresh = IntentClassifier.train(examples);
        for (String m : List.of("emergency number", "fastlege", "weather", "xyz")) {
            assertArrayEquals(fresh.probabilities(m).clone(), cached.probabilities(m).clone(), m);
        }
    }

    @Test
    void aChangedAddedOrRemovedExampleOrARenamedIntentRetrains() {
        ModelCache cache = ModelCache.in(tmp);
        List<IntentClassifier.Example> base = small();
        load(cache, base);
        List<IntentClassifier.Example> changed = new ArrayList<>(base);
        changed.set(3, new IntentClassifier.Example("she is not breathing", "emergency"));
        List<IntentClassifier.Example> added = new ArrayList<>(base);
        added.add(new IntentClassifier.Example("find me a doctor", "gp_register"));
        List<IntentClassifier.Example> removed = new ArrayList<>(base.subList(1, base.size()));
        List<IntentClassifier.Example> renamed = base.stream()
                .map(e -> new IntentClassifier.Example(e.text(), e.intent().equals("gp_register") ? "gp" : e.intent()))
                .toList();
        for (List<IntentClassifier.Example> examples : List.of(changed, added, removed, renamed)) {
            int before = trainings.get();
            assertFalse(load(cache, examples).fromCache());
            assertEquals(before + 1, trainings.get());
            assertTrue(load(cache, examples).fromCache(), "the retrained model is cached in turn");
            if (examples == changed) {
                assertTrue(load(cache, base).fromCache(), "entries for other content are kept side by side");
            }
        }
    }

    @Test
    void changedTrainingSettingsRetrain() {
        ModelCache cache = ModelCache.in(tmp);
        load(cache, small(), "sigma=1.0;weightBudget=1500000");
        assertFalse(load(cache, small(), "sigma=2.0;weightBudget=1500000").fromCache());
        assertEquals(2, trainings.get());
    }

    @Test
    void aModelCachedByAnotherBuildIsNotLoaded() {
        load(ModelCache.in(tmp).asBuild("1.0.0+20261128.100000.000"), small());
        assertFalse(load(ModelCache.in(tmp).asBuild("1.0.0+20261128.110000.000"), small()).fromCache());
        assertEquals(2, trainings.get());
    }

    @Test
    void anotherFeatureCodeVersionGivesAnotherKey() {
        byte[] now = ModelCache.key(Features.VERSION, "b", SETTINGS, small());
        byte[] bumped = ModelCache.key(Features.VERSION + 1, "b", SETTINGS, small());
        assertFalse(java.util.Arrays.equals(now, bumped));
        assertNotEquals(ModelCache.fileName(now), ModelCache.fileName(bumped));
    }

    @Test
    void theKeyCannotBeFooledByMovingTextBetweenFields() {
        List<IntentClassifier.Example> a = List.of(new IntentClassifier.Example("ab", "c"));
        List<IntentClassifier.Example> b = List.of(new IntentClassifier.Example("a", "bc"));
        assertFalse(java.util.Arrays.equals(ModelCache.key(1, "x", "s", a), ModelCache.key(1, "x", "s", b)));
    }

    @Test
    void corruptTruncatedForeignAndStaleFilesAreIgnoredAndReplaced() throws IOException {
        ModelCache cache = ModelCache.in(tmp);
        List<IntentClassifier.Example> examples = small();
        load(cache, examples);
        Path entry = entries(tmp).get(0);
        byte[] good = Files.readAllBytes(entry);

        List<IntentClassifier.Example> other = new ArrayList<>(examples);
        other.add(new IntentClassifier.Example("another gp", "gp_register"));
        Path otherDir = Files.createDirectory(tmp.resolve("other"));
        load(ModelCache.in(otherDir), other);
        byte[] stale = Files.readAllBytes(entries(otherDir).get(0));

        byte[] corrupt = good.clone();
        corrupt[corrupt.length / 2] ^= 0x55;
        byte[] wrongMagic = good.clone();
        wrongMagic[1] = 'X';
        List<byte[]> bad = List.of(corrupt, java.util.Arrays.copyOf(good, good.length - 100), new byte[0], wrongMagic, stale);
        for (byte[] b : bad) {
            Files.write(entry, b);
            int before = trainings.get();
            ModelCache.Loaded loaded = load(cache, examples);
            assertFalse(loaded.fromCache());
            assertEquals(before + 1, trainings.get());
            assertEquals("emergency", loaded.classifier().classify("someone collapsed").intent());
            assertTrue(load(cache, examples).fromCache(), "the bad file was replaced by a good one");
        }
    }

    @Test
    void aCacheDirectoryThatCannotBeWrittenIsNotAnError() throws IOException {
        Path notADirectory = Files.writeString(tmp.resolve("file"), "x");
        ModelCache cache = ModelCache.in(notADirectory.resolve("cache"));
        ModelCache.Loaded first = load(cache, small());
        ModelCache.Loaded second = load(cache, small());
        assertFalse(first.fromCache());
        assertFalse(second.fromCache());
        assertEquals("gp_register", second.classifier().classify("register with a gp").intent());
    }

    @Test
    void anEntryIsWrittenToTheNextDirectoryWhenTheFirstRefusesAndReadFromIt() throws IOException {
        Path notADirectory = Files.writeString(tmp.resolve("file"), "x");
        Path user = tmp.resolve("user-cache");
        ModelCache cache = ModelCache.fromEnvironment(Map.of("XDG_CACHE_HOME", user.toString()), notADirectory);
        assertEquals(List.of(notADirectory.resolve("model-cache"), user.resolve("healthbot")), cache.directories());
        load(cache, small());
        assertEquals(1, entries(user.resolve("healthbot")).size());
        assertTrue(load(cache, small()).fromCache());
    }

    @Test
    void whereTheCacheLivesFollowsTheEnvironment() {
        Path jarDir = Path.of("/opt/healthbot");
        assertEquals(List.of(Path.of("/var/cache/hb")),
                ModelCache.fromEnvironment(Map.of("HEALTHBOT_CACHE", "/var/cache/hb", "HOME", "/home/x"), jarDir).directories());
        assertEquals(List.of(), ModelCache.fromEnvironment(Map.of("HEALTHBOT_CACHE", "off"), jarDir).directories());
        assertEquals(List.of(), ModelCache.fromEnvironment(Map.of("HEALTHBOT_CACHE", "OFF"), null).directories());
        assertEquals(List.of(jarDir.resolve("model-cache"), Path.of("/home/x/.cache/healthbot")),
                ModelCache.fromEnvironment(Map.of("HOME", "/home/x"), jarDir).directories());
        assertEquals(List.of(jarDir.resolve("model-cache")), ModelCache.fromEnvironment(Map.of(), jarDir).directories());
        assertEquals(List.of(), ModelCache.fromEnvironment(Map.of("HOME", "/home/x"), null).directories(),
                "not run from a jar (tests, an IDE): no cache unless HEALTHBOT_CACHE asks for one");
    }

    @Test
    void aDisabledCacheAlwaysTrainsAndWritesNothing() throws IOException {
        ModelCache cache = ModelCache.disabled();
        assertFalse(load(cache, small()).fromCache());
        assertFalse(load(cache, small()).fromCache());
        assertEquals(2, trainings.get());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void eachDirectoryKeepsOnlyTheMostRecentlyUsedEntries() throws IOException {
        ModelCache cache = ModelCache.in(tmp);
        List<IntentClassifier.Example> kept = small();
        load(cache, kept);
        for (int i = 0; i < ModelCache.KEEP + 2; i++) {
            ageEntries();
            if (i == ModelCache.KEEP - 1) { // the oldest entry now: the next writes would prune it
                assertTrue(load(cache, kept).fromCache(), "still there: " + entries(tmp));
                ageEntries();
            }
            List<IntentClassifier.Example> variant = new ArrayList<>(small());
            variant.add(new IntentClassifier.Example("variant " + i, "fallback"));
            load(cache, variant);
        }
        assertEquals(ModelCache.KEEP, entries(tmp).size());
        int before = trainings.get();
        assertTrue(load(cache, kept).fromCache(), "using an entry kept it among the most recent");
        assertEquals(before, trainings.get());
    }

    /** Moves every entry's time an hour back, so the next write or use is the newest whatever the clock's grain. */
    private void ageEntries() throws IOException {
        for (Path f : entries(tmp)) {
            FileTime t = Files.getLastModifiedTime(f);
            Files.setLastModifiedTime(f, FileTime.fromMillis(t.toMillis() - 3_600_000));
        }
    }

    @Test
    void aClassifierTheCacheCannotHoldIsUsedWithoutCachingIt() throws IOException {
        ModelCache cache = ModelCache.in(tmp);
        List<IntentClassifier.Example> examples = small();
        ModelCache.Loaded loaded = cache.classifier(examples, SETTINGS,
                () -> Training.SGD.train(examples));
        assertFalse(loaded.fromCache());
        assertEquals("gp_register", loaded.classifier().classify("register with a gp").intent());
        assertEquals(List.of(), entries(tmp));
    }

    @Test
    void theBotsClassifierCanBeCachedAndAnSgdOneSaysItCannot() {
        assertTrue(Training.MAXENT.train(small()).cacheable());
        IntentClassifier sgd = Training.SGD.train(small());
        assertFalse(sgd.cacheable());
        IllegalStateException e = assertThrows(IllegalStateException.class, sgd::model);
        assertEquals("only classifiers that are cacheable() have a TrainedModel; this one has Sgd weights", e.getMessage());
    }
}
