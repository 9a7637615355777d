package healthbot.nlu;

import com.fasterxml.jackson.databind.ObjectMapper;
import healthbot.content.Content;
import healthbot.content.ContentLoader;
import healthbot.content.Lexicon;
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
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The emergency detector's compiled tables kept in the model cache ({@link EmergencyTables}). */
class EmergencyTablesTest {

    private static Content content;
    private static Collection<Lexicon> lexicons;
    /** Every triage case text, and a few that are not emergencies. */
    private static List<String> messages;
    private static final List<String> EVERYDAY = List.of("booking", "appointment", "weather", "dentist", "tannlege");

    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeAll
    static void loadShippedContent() throws IOException {
        content = ContentLoader.load(Path.of("intents"));
        lexicons = content.lexicons().values();
        messages = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("intents/tests/triage-cases.jsonl"))) {
            if (!line.isBlank()) {
                messages.add(json.readTree(line).get("text").asText());
            }
        }
        messages.addAll(List.of("what is the emergency number", "no chest pain", "had a stroke last year",
                "the printer is an emergency", "hei", "jeg har vondt i brystet", "my son has a high fever"));
    }

    private EmergencyDetector detector(ModelCache cache, Collection<String> everyday) {
        return EmergencyDetector.of(lexicons, content.triage(), everyday, cache);
    }

    private static List<Assessment> assessments(EmergencyDetector d) {
        return messages.stream().map(m -> d.assess(TextNormalizer.normalize(m))).toList();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith(EmergencyTables.PREFIX + "-")).sorted().toList();
        }
    }

    @Test
    void aDetectorFromCachedTablesAssessesEveryMessageAsAFreshlyCompiledOne() throws IOException {
        List<Assessment> compiled = assessments(EmergencyDetector.of(lexicons, content.triage(), EVERYDAY));
        ModelCache cache = ModelCache.in(tmp);
        EmergencyDetector first = detector(cache, EVERYDAY);
        assertTrue(console.err().contains("emergency tables cached in"), console.err());
        assertEquals(1, entries().size());
        console.reset();
        EmergencyDetector fromCache = detector(cache, EVERYDAY);
        assertFalse(console.err().contains("emergency tables cached"), "the second build reads the entry: " + console.err());
        assertEquals(compiled, assessments(first));
        assertEquals(compiled, assessments(fromCache));
        assertEquals(first.signCount(), fromCache.signCount());
        assertEquals(first.normalizedTriggers(), fromCache.normalizedTriggers());
        for (String word : List.of("booking", "tannlege", "the", "and", "breathing", "ambulanse")) {
            assertEquals(first.isCommonWord(word), fromCache.isCommonWord(word), word);
        }
    }

    @Test
    void changedInputsCompileNewTablesUnderAnotherEntry() throws IOException {
        ModelCache cache = ModelCache.in(tmp);
        detector(cache, EVERYDAY);
        List<String> moreEveryday = new ArrayList<>(EVERYDAY);
        moreEveryday.add("breathing"); // now a common word: it changes what typo tolerance may read
        console.reset();
        EmergencyDetector changed = detector(cache, moreEveryday);
        assertTrue(changed.isCommonWord("booking"));
        assertTrue(console.err().contains("emergency tables cached in"), console.err());
        assertEquals(2, entries().size());
        assertNotEquals(Files.readAllBytes(entries().get(0)).length, 0);
        assertEquals(changed.signCount(), detector(cache, EVERYDAY).signCount());
        console.reset();
        detector(cache.asBuild("another build"), EVERYDAY);
        assertTrue(console.err().contains("emergency tables cached in"), "another build compiles its own: " + console.err());
    }

    @Test
    void aCorruptTablesFileIsIgnoredWithAWarningAndReplaced() throws IOException {
        List<Assessment> compiled = assessments(EmergencyDetector.of(lexicons, content.triage(), EVERYDAY));
        ModelCache cache = ModelCache.in(tmp);
        detector(cache, EVERYDAY);
        Path entry = entries().get(0);
        byte[] good = Files.readAllBytes(entry);
        byte[] corrupt = good.clone();
        corrupt[corrupt.length / 2] ^= 0x55;
        for (byte[] bad : List.of(corrupt, Arrays.copyOf(good, good.length - 7), new byte[0])) {
            Files.write(entry, bad);
            console.reset();
            EmergencyDetector recovered = detector(cache, EVERYDAY);
            assertTrue(console.err().contains("WARN") && console.err().contains("ignoring the model cache file " + entry)
                    && console.err().contains("the emergency signs are compiled again"), console.err());
            assertEquals(compiled, assessments(recovered));
            assertEquals(List.of(entry), entries());
            assertTrue(Arrays.equals(good, Files.readAllBytes(entry)), "the bad file was replaced by a good one");
        }
    }

    @Test
    void tablesSurviveEncodingAndAPayloadThatDoesNotDecodeIsRefused() throws EmergencyTables.Invalid {
        EmergencyTables tables = new EmergencyTables(List.of(
                new SignMatcher.Sign("stroke", Assessment.Grade.RED, "@face + @droop",
                        List.of(List.of(new String[] {"face"}, new String[] {"ansikt"}), java.util.Collections.singletonList(new String[] {"droop*"}))),
                new SignMatcher.Sign(EmergencyDetector.GROUP, Assessment.Grade.NAMED, "113", List.of(java.util.Collections.singletonList(new String[] {"113"})))),
                java.util.Set.of("booking", "ære"), List.of("113", "puster ikke"));
        byte[] bytes = tables.encode();
        EmergencyTables back = EmergencyTables.decode(bytes);
        assertEquals(tables.common(), back.common());
        assertEquals(tables.triggers(), back.triggers());
        assertEquals(tables.signs().size(), back.signs().size());
        for (int s = 0; s < tables.signs().size(); s++) {
            SignMatcher.Sign a = tables.signs().get(s);
            SignMatcher.Sign b = back.signs().get(s);
            assertEquals(List.of(a.group(), a.grade(), a.text()), List.of(b.group(), b.grade(), b.text()));
            assertEquals(a.parts().stream().map(p -> p.stream().map(Arrays::asList).toList()).toList(),
                    b.parts().stream().map(p -> p.stream().map(Arrays::asList).toList()).toList());
        }
        assertThrows(EmergencyTables.Invalid.class, () -> EmergencyTables.decode(Arrays.copyOf(bytes, bytes.length - 4)));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 4);
        assertThrows(EmergencyTables.Invalid.class, () -> EmergencyTables.decode(longer));
        byte[] badCount = bytes.clone();
        badCount[3] = 0x7f; // the string count, far more than the bytes left
        assertThrows(EmergencyTables.Invalid.class, () -> EmergencyTables.decode(badCount));
    }
}
