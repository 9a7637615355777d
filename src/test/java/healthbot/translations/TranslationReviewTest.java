package healthbot.translations;

import healthbot.content.ContentCopy;
import healthbot.content.ContentLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review status of translations, on a copy of the test fixture (English and the made-up Zedish). */
class TranslationReviewTest {

    private static final String ANSWER = "intents.interpreter.answer";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path tmp;

    private Path dir;

    @BeforeEach
    void copyTheFixture() {
        dir = ContentCopy.fixture(tmp.resolve("intents"));
    }

    private TranslationReview review() {
        return TranslationReview.of(ContentLoader.load(dir));
    }

    private ReviewStatus status(String id) {
        return review().language("zz").texts().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().status();
    }

    @Test
    void everyTranslatedTextIsNeverReviewedBeforeAReviewFileExists() {
        LanguageReview zz = review().language("zz");
        assertEquals(zz.texts().size(), zz.count(ReviewStatus.NEVER_REVIEWED) + zz.count(ReviewStatus.NOT_TRANSLATED));
        assertEquals(0, zz.count(ReviewStatus.REVIEWED));
        assertTrue(zz.texts().size() > 20, "the fixture has a few dozen texts: " + zz.texts().size());
    }

    @Test
    void markingEveryTextReviewedWritesChecksumsOfSourceAndTranslationAndTheyAreReviewed() throws Exception {
        int marked = review().markReviewed("zz", List.of(), "K. Nordmann", DAY);
        LanguageReview zz = review().language("zz");
        assertEquals(marked, zz.count(ReviewStatus.REVIEWED));
        assertEquals(List.of(), zz.needingReview());
        String file = Files.readString(dir.resolve("languages/zz/reviewed.json"));
        assertTrue(file.contains("\"" + ANSWER + "\": {\n      \"source\": \"" + Checksum.of(
                "You have the right to an interpreter. Call {fact:interpreter.phone}.").value()), file);
        assertTrue(file.contains("\"by\": \"K. Nordmann\"") && file.contains("\"on\": \"2026-12-07\""), file);
    }

    @Test
    void aChangedSourceTextMakesOnlyItsTranslationStale() {
        review().markReviewed("zz", List.of(), "KN", DAY);
        ContentCopy.replace(dir, "languages/en/texts.json", "You have the right to an interpreter.",
                "You have the right to a qualified interpreter.");
        LanguageReview zz = review().language("zz");
        assertEquals(ReviewStatus.SOURCE_CHANGED, status(ANSWER));
        assertEquals(1, zz.stale());
        assertEquals(List.of(ANSWER), zz.needingReview().stream().map(TextReview::id).toList());
    }

    @Test
    void anEditedTranslationIsReportedAsEditedSinceReviewWithItsFileAndLine() {
        review().markReviewed("zz", List.of(), "KN", DAY);
        ContentCopy.replace(dir, "languages/zz/texts.json", "Zinterpreter zis zyour zight.", "Zinterpreter zis zalways zyour zight.");
        TextReview t = review().language("zz").needingReview().stream()
                .findFirst().orElseThrow();
        assertEquals(ANSWER, t.id());
        assertEquals(ReviewStatus.TRANSLATION_CHANGED, t.status());
        assertEquals(dir.resolve("languages/zz/texts.json") + ":37:", t.where().substring(0, t.where().lastIndexOf(':') + 1));
    }

    @Test
    void markingOneIdReviewsThatTextAlone() {
        assertEquals(1, review().markReviewed("zz", List.of(ANSWER), "KN", DAY));
        assertEquals(ReviewStatus.REVIEWED, status(ANSWER));
        assertEquals(ReviewStatus.NEVER_REVIEWED, status("intents.greeting.answer"));
    }

    @Test
    void anUntranslatedTextIsNotTranslatedAndCannotBeMarkedReviewed() {
        ContentCopy.replace(dir, "languages/zz/texts.json",
                "\"answer\": \"Zinterpreter zis zyour zight. Zall {fact:interpreter.phone}.\"", "\"answer_\": \"x\"");
        // the loader rejects an unknown text id, so remove the field altogether instead
        ContentCopy.replace(dir, "languages/zz/texts.json", ", \"answer_\": \"x\"", "");
        assertEquals(ReviewStatus.NOT_TRANSLATED, status(ANSWER));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> review().markReviewed("zz", List.of(ANSWER), "KN", DAY));
        assertTrue(e.getMessage().contains("has no zz translation yet"), e.getMessage());
    }

    @Test
    void anUnknownIdOrNoReviewerIsRefusedAndNothingIsWritten() {
        assertThrows(IllegalArgumentException.class, () -> review().markReviewed("zz", List.of("intents.nope.answer"), "KN", DAY));
        assertThrows(IllegalArgumentException.class, () -> review().markReviewed("zz", List.of(), " ", DAY));
        assertThrows(IllegalArgumentException.class, () -> review().markReviewed("en", List.of(), "KN", DAY));
        assertTrue(Files.notExists(dir.resolve("languages/zz/reviewed.json")));
    }

    @Test
    void anEntryOfATextTheContentNoLongerHasIsReportedWithItsLineAndDroppedAtTheNextMark() throws Exception {
        review().markReviewed("zz", List.of(ANSWER), "KN", DAY);
        Path file = dir.resolve("languages/zz/reviewed.json");
        Files.writeString(file, Files.readString(file).replace("\"" + ANSWER + "\"", "\"intents.gone.answer\""));
        LanguageReview zz = review().language("zz");
        assertEquals(1, zz.obsolete().size());
        assertTrue(zz.obsolete().get(0).startsWith(file + ":4: \"intents.gone.answer\" is no text of the content any more"),
                zz.obsolete().get(0));
        review().markReviewed("zz", List.of("intents.greeting.answer"), "KN", DAY);
        assertTrue(!Files.readString(file).contains("intents.gone.answer"));
    }

    @Test
    void aBrokenReviewFileIsReportedWithFileLineAndHowToFixIt() throws Exception {
        Path file = dir.resolve("languages/zz/reviewed.json");
        Files.writeString(file, "{\n  \"reviewed\": {\n    \"" + ANSWER + "\": {\"source\": \"abc\", \"translation\": \"sha256:0123456789abcdef\","
                + " \"by\": \"KN\", \"on\": \"2026-12-07\"}\n  }\n}\n");
        ReviewFileException e = assertThrows(ReviewFileException.class, this::review);
        assertEquals(file + ":3: \"source\" of \"" + ANSWER + "\" is not a checksum such as \"sha256:3f2a9c1b7d4e5f60\";"
                + " delete the entry and mark the text reviewed again", e.getMessage());
        Files.writeString(file, "{\"reviewd\": {}}");
        e = assertThrows(ReviewFileException.class, this::review);
        assertTrue(e.getMessage().startsWith(file + ":1:2: unknown field \"reviewd\""), e.getMessage());
        Files.writeString(file, "{\"reviewed\": {\n");
        e = assertThrows(ReviewFileException.class, this::review);
        assertTrue(e.getMessage().startsWith(file + ":2:") && e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void theSummaryLineGivesReviewedOfAllAndStalePerLanguage() {
        review().markReviewed("zz", List.of(ANSWER), "KN", DAY);
        ContentCopy.replace(dir, "languages/en/texts.json", "You have the right to an interpreter.", "You may have an interpreter.");
        TranslationReview r = review();
        int all = r.language("zz").texts().size();
        assertEquals("Translation review against en: zz 0/" + all + " (1 stale) reviewed; `healthbot translations` lists"
                + " what needs review.", r.summaryLine());
    }

    @Test
    void theChecksumIsShortAndChangesWithAnyEdit() {
        assertTrue(Checksum.wellFormed(Checksum.of("Ring 113.").value()));
        assertEquals(Checksum.of("Ring 113."), Checksum.of("Ring 113."));
        assertTrue(!Checksum.of("Ring 113.").equals(Checksum.of("Ring 113!")));
    }
}
