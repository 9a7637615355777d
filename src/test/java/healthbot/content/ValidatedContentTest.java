package healthbot.content;

import healthbot.nlu.ModelCache;
import healthbot.testsupport.ConsoleCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content that passed validation is remembered in the model cache ({@link ModelCache#validations()}) and not cross-checked again. */
class ValidatedContentTest {

    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    /** The cache's answers, in order ("known", "unknown", "remembered"). */
    private final List<String> calls = new ArrayList<>();

    private ValidatedContent recorded(ValidatedContent real) {
        return new ValidatedContent() {
            @Override
            public boolean known(byte[] contentKey) {
                boolean known = real.known(contentKey);
                calls.add(known ? "known" : "unknown");
                return known;
            }

            @Override
            public void remember(byte[] contentKey) {
                calls.add("remembered");
                real.remember(contentKey);
            }
        };
    }

    private Path cacheDir() {
        return tmp.resolve("cache");
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir())) {
            return files.filter(f -> f.getFileName().toString().startsWith("validated-")).sorted().toList();
        }
    }

    @Test
    void unchangedContentIsValidatedOnceAndRecognisedAtTheNextLoad() {
        Path dir = ContentCopy.fixture(tmp.resolve("intents"));
        ValidatedContent cache = recorded(ModelCache.in(cacheDir()).validations());
        Content first = ContentLoader.load(dir, cache);
        Content second = ContentLoader.load(dir, cache);
        assertEquals(List.of("unknown", "remembered", "known"), calls);
        assertEquals(first.intents().stream().map(Intent::name).toList(), second.intents().stream().map(Intent::name).toList());
    }

    @Test
    void aChangedFileIsValidatedAgainAndItsProblemReportedWithFileLineAndColumn() {
        Path dir = ContentCopy.fixture(tmp.resolve("intents"));
        ValidatedContent cache = recorded(ModelCache.in(cacheDir()).validations());
        ContentLoader.load(dir, cache);
        ContentCopy.replace(dir, "languages/zz/texts.json", "Zage zas za zumber, ze.g. 34.", "Zage zas za zumber, ze.g. 35.");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(dir, cache));
        assertEquals(List.of("unknown", "remembered", "unknown"), calls);
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertEquals("languages/zz/texts.json:43:49", dir.relativize(p.file()) + ":" + p.line() + ":" + p.column());
    }

    @Test
    void aChangedCommonWordsFileIsValidatedAgain() throws IOException {
        Path dir = ContentCopy.fixture(tmp.resolve("intents"));
        ValidatedContent cache = recorded(ModelCache.in(cacheDir()).validations());
        ContentLoader.load(dir, cache);
        Files.writeString(dir.resolve("languages/en/common-words.txt"), "booking\n"); // read line by line, not as a JSON text
        ContentLoader.load(dir, cache);
        assertEquals(List.of("unknown", "remembered", "unknown", "remembered"), calls);
    }

    @Test
    void aCorruptValidationEntryIsIgnoredWithAWarningAndTheContentValidatedAgain() throws IOException {
        Path dir = ContentCopy.fixture(tmp.resolve("intents"));
        ValidatedContent cache = recorded(ModelCache.in(cacheDir()).validations());
        ContentLoader.load(dir, cache);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(entry, bytes);
        console.reset();
        ContentLoader.load(dir, cache);
        assertTrue(console.err().contains("WARN") && console.err().contains("ignoring the model cache file " + entry)
                && console.err().contains("the content is validated again"), console.err());
        ContentLoader.load(dir, cache);
        assertEquals(List.of("unknown", "remembered", "unknown", "remembered", "known"), calls);
        assertEquals(List.of(entry), entries());
    }

    @Test
    void withoutACacheEveryLoadValidates() {
        Path dir = ContentCopy.fixture(tmp.resolve("intents"));
        ValidatedContent off = recorded(ModelCache.disabled().validations());
        ContentLoader.load(dir, off);
        ContentLoader.load(dir, off);
        assertEquals(List.of("unknown", "remembered", "unknown", "remembered"), calls);
    }
}
