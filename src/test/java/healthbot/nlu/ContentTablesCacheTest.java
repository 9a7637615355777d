package healthbot.nlu;

import com.fasterxml.jackson.databind.ObjectMapper;
import healthbot.content.Content;
import healthbot.content.ContentLoader;
import healthbot.testsupport.ConsoleCapture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the content compiles to, kept in the model cache under the key of every file it was loaded
 * from ({@link ModelCache.Validations#contentKey}): the emergency tables, the typo guard and the
 * words of each language's texts. A pipeline built from those entries reads every message exactly
 * as one built from scratch.
 */
class ContentTablesCacheTest {

    /** Every test message of the shipped content (intents/tests/*.jsonl) and a few more. */
    private static List<String> messages;

    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeAll
    static void readTestMessages() throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("intents/tests"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.strip().startsWith("{") && json.readTree(line).has("text")) { // "//" lines are comments
                        texts.add(json.readTree(line).get("text").asText());
                    }
                }
            }
        }
        texts.addAll(List.of("hei", "what is the emergency number", "spasibo, mne nuzhen vrach", "eg veit ikkje kva eg skal gjere",
                "my prescription on helsenorge", "jeg har vondt i brystet og puster tungt", ""));
        messages = List.copyOf(texts);
    }

    private static List<Analysis> analyses(Nlu nlu) {
        return messages.stream().map(nlu::analyze).toList();
    }

    private List<String> entryNames() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".bin")).sorted().toList();
        }
    }

    private static long count(List<String> names, String prefix) {
        return names.stream().filter(n -> n.startsWith(prefix + "-")).count();
    }

    @Test
    void aPipelineFromTheCachedContentTablesReadsEveryMessageAsOneBuiltFromScratch() throws IOException {
        ModelCache cache = ModelCache.in(tmp);
        ModelCache.Validations validations = cache.validations();
        Content content = ContentLoader.load(Path.of("intents"), validations);
        byte[] key = validations.contentKey();
        assertNotNull(key, "loading with the cache's notes gives the content key");

        Nlu first = Nlu.build(content, cache, key); // trains, compiles and keeps everything
        List<String> names = entryNames();
        assertEquals(1, count(names, EmergencyTables.PREFIX), names.toString());
        assertEquals(1, count(names, WordSet.PREFIX), names.toString());
        assertEquals(1, count(names, WordSet.TEXT_PREFIX), names.toString());
        assertTrue(console.err().contains("typo guard cached in") && console.err().contains("words of the texts cached in"), console.err());

        console.reset();
        Nlu fromCache = Nlu.build(content, cache, key);
        assertFalse(console.err().contains("cached in"), "the second build only reads: " + console.err());
        Nlu fromScratch = Nlu.build(content, cache, null); // the classifier from the cache, the rest built from the content
        assertEquals(2, count(entryNames(), EmergencyTables.PREFIX), "without a content key the tables are keyed by their inputs");
        assertEquals(1, count(entryNames(), WordSet.PREFIX), "and the typo guard is built, not cached");

        List<Analysis> expected = analyses(fromScratch);
        assertEquals(expected, analyses(first));
        assertEquals(expected, analyses(fromCache));
        assertTrue(messages.size() > 3000, "enough messages to mean something: " + messages.size());
    }

    @Test
    void changedContentKeysNewTablesAndAnotherBuildCompilesItsOwn() throws IOException {
        ModelCache cache = ModelCache.in(tmp);
        Content content = ContentLoader.load(Path.of("intents"));
        byte[] key = "content A".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        EmergencyDetector.of(content.lexicons().values(), content.triage(), List::of, cache, key);
        console.reset();
        EmergencyDetector.of(content.lexicons().values(), content.triage(), List::of, cache, key);
        assertFalse(console.err().contains("emergency tables cached"), console.err());
        EmergencyDetector.of(content.lexicons().values(), content.triage(), List::of, cache, "content B".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(console.err().contains("emergency tables cached in"), "another content, another entry: " + console.err());
        console.reset();
        EmergencyDetector.of(content.lexicons().values(), content.triage(), List::of, cache.asBuild("another build"), key);
        assertTrue(console.err().contains("emergency tables cached in"), "another build compiles its own: " + console.err());
        assertEquals(3, count(entryNames(), EmergencyTables.PREFIX));
    }

    @Test
    void aCorruptWordsEntryIsIgnoredWithAWarningAndReplaced() throws IOException {
        ModelCache cache = ModelCache.in(tmp);
        ModelCache.Validations validations = cache.validations();
        Content content = ContentLoader.load(Path.of("intents"), validations);
        Nlu.build(content, cache, validations.contentKey());
        for (String prefix : List.of(WordSet.PREFIX, WordSet.TEXT_PREFIX)) {
            Path entry = tmp.resolve(entryNames().stream().filter(n -> n.startsWith(prefix + "-")).findFirst().orElseThrow());
            byte[] good = Files.readAllBytes(entry);
            byte[] corrupt = good.clone();
            corrupt[corrupt.length / 2] ^= 0x55;
            Files.write(entry, corrupt);
            console.reset();
            Nlu.build(content, cache, validations.contentKey());
            assertTrue(console.err().contains("WARN") && console.err().contains("ignoring the model cache file " + entry), console.err());
            assertTrue(Arrays.equals(good, Files.readAllBytes(entry)), "the bad file was replaced by a good one");
        }
    }

    @Test
    void wordSetsSurviveEncodingAndAPayloadThatDoesNotDecodeIsRefused() throws EmergencyTables.Invalid {
        Set<String> words = Set.of("booking", "ære", "лікар", "");
        assertEquals(words, WordSet.decode(WordSet.encode(words)));
        Map<String, Set<String>> byLanguage = new LinkedHashMap<>();
        byLanguage.put("nb", Set.of("fastlege", "tannlege"));
        byLanguage.put("uk", Set.of("лікар"));
        byLanguage.put("so", Set.of());
        Map<String, Set<String>> back = WordSet.decodeByName(WordSet.encode(byLanguage));
        assertEquals(byLanguage, back);
        assertEquals(List.copyOf(byLanguage.keySet()), new ArrayList<>(back.keySet()), "in order");
        byte[] bytes = WordSet.encode(byLanguage);
        assertThrows(EmergencyTables.Invalid.class, () -> WordSet.decodeByName(Arrays.copyOf(bytes, bytes.length - 2)));
        assertThrows(EmergencyTables.Invalid.class, () -> WordSet.decodeByName(Arrays.copyOf(bytes, bytes.length + 4)));
        byte[] badCount = bytes.clone();
        badCount[3] = 0x7f;
        assertThrows(EmergencyTables.Invalid.class, () -> WordSet.decodeByName(badCount));
        assertThrows(EmergencyTables.Invalid.class, () -> WordSet.decode(bytes), "three sets are not one");
        assertThrows(EmergencyTables.Invalid.class, () -> WordSet.decodeByName(new byte[0]));
    }
}
