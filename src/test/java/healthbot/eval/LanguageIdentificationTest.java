package healthbot.eval;

import healthbot.TestBots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageIdentificationTest {

    /** Written for this measure (ten messages per language), not taken from any residents' data. */
    private static final Path SET = Path.of("intents/tests/language-id.jsonl");

    @Test
    void theLanguageIdSetIsAnsweredInTheWritersLanguageAtLeast98PercentAndEveryLanguageAtLeast9Of10() {
        List<LanguageIdentification.Labelled> messages = LanguageIdentification.read(SET);
        LanguageIdentification.Result r = LanguageIdentification.measure(TestBots.bot(), "language-id", messages);
        assertEquals(100, r.scored());
        assertTrue(r.accuracy() >= 0.98, LanguageIdentification.lines(r));
        assertEquals(10, r.perLabel().size(), LanguageIdentification.lines(r));
        r.perLabel().forEach((label, tally) -> assertTrue(tally.right() >= 9, label + ": " + LanguageIdentification.lines(r)));
    }

    @Test
    void aDialectIsRightInBokmalOrNynorskAndAMixedMessageIsLeftOutAndCounted() {
        List<LanguageIdentification.Labelled> messages = List.of(
                new LanguageIdentification.Labelled("e har vondt i magen, ka ska e gjør", "dialect", "t:1"),
                new LanguageIdentification.Labelled("Jeg trenger a doctor please", "mixed", "t:2"),
                new LanguageIdentification.Labelled("how do I register with a GP", "en", "t:3"),
                new LanguageIdentification.Labelled("how do I register with a GP", "pl", "t:4"));
        LanguageIdentification.Result r = LanguageIdentification.measure(TestBots.bot(), "small", messages);
        assertEquals(3, r.scored());
        assertEquals(2, r.right());
        assertEquals(Map.of("mixed", 1), r.excluded());
        assertEquals(1, r.perLabel().get("dialect").right());
        assertEquals(Map.of("en", 1), r.confusion().get("pl"));
    }

    @Test
    void theReportHasCountsAndLanguageCodesButNoMessageText() {
        List<LanguageIdentification.Labelled> messages = List.of(
                new LanguageIdentification.Labelled("Korleis får eg fastlege?", "nn", "t:1"),
                new LanguageIdentification.Labelled("Hvordan får jeg fastlege?", "nb", "t:2"),
                new LanguageIdentification.Labelled("my wife is not breathing", "nb", "t:3"),
                new LanguageIdentification.Labelled("both", "mixed", "t:4"));
        String lines = LanguageIdentification.lines(LanguageIdentification.measure(TestBots.bot(), "small", messages));
        assertTrue(lines.contains("overall   66.67 % (2 of 3)"), lines);
        assertTrue(lines.contains("nb        50.00 % (1 of 2)"), lines);
        assertTrue(lines.contains("excluded: 1 labelled \"mixed\""), lines);
        for (String word : List.of("Korleis", "Hvordan", "breathing", "fastlege", "both")) {
            assertFalse(lines.contains(word), lines);
        }
    }

    @Test
    void aLineWithoutALanguageIsRejectedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "// two messages\n{\"text\": \"hei\", \"lang\": \"nb\"}\n{\"text\": \"hallo\"}\n");
        EvalDataException e = assertThrows(EvalDataException.class, () -> LanguageIdentification.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("\"lang\""), e.getMessage());
    }
}
