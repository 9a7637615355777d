package healthbot.content;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Each problem staff can make in intents/ is found in a broken copy, with file, line and a fix. */
class ContentValidatorTest {

    @TempDir
    Path tmp;

    private Path copy() {
        return ContentCopy.of(tmp.resolve("intents"));
    }

    /** Loads the broken copy and returns the one problem in {@code file} whose message contains {@code words}. */
    private static Problem problem(Path dir, String file, String words) {
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(dir));
        List<Problem> found = e.problems().stream()
                .filter(p -> p.file().endsWith(file) && p.message().contains(words)).toList();
        assertTrue(found.size() == 1, () -> "expected one problem in " + file + " saying \"" + words + "\", got:\n"
                + e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        return found.get(0);
    }

    private static int lineOf(Path file, String needle) throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }

    @Test
    void theShippedContentIsValid() {
        assertDoesNotThrow(() -> ContentLoader.load(Path.of("intents")));
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        Path dir = copy();
        ContentCopy.replace(dir, "topics/misc.json", "\"name\": \"complaints\",", "\"name\": \"complaints\",,");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(dir));
        Problem p = e.problems().get(0);
        assertTrue(p.file().endsWith("misc.json") && p.line() > 1 && p.column() > 0, p::toString);
        assertTrue(p.toString().matches(".*misc\\.json:\\d+:\\d+: .*"), p::toString);
    }

    @Test
    void anUnknownFieldIsNamedWithTheAllowedOnes() throws Exception {
        Path dir = copy();
        ContentCopy.replace(dir, "topics/misc.json", "\"name\": \"complaints\",", "\"name\": \"complaints\", \"exampels\": [],");
        Problem p = problem(dir, "misc.json", "unknown field \"exampels\"");
        assertTrue(p.line() == lineOf(p.file(), "\"exampels\"") && p.message().contains("examples"), p::toString);
    }

    @Test
    void anIntentWithTooFewExamplesIsReported() throws Exception {
        Path dir = copy();
        ContentCopy.replace(dir, "settings.json", "\"min_examples\": 10", "\"min_examples\": 100");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(dir));
        Problem p = e.problems().stream().filter(x -> x.message().contains("'goodbye' has")).findFirst().orElseThrow();
        assertTrue(p.file().endsWith("smalltalk.json") && p.line() == lineOf(p.file(), "\"goodbye\""), p::toString);
        assertTrue(p.message().contains("at least 100") && p.message().contains("add"), p::toString);
    }

    @Test
    void theSameExampleUnderTwoIntentsIsReportedWhereItIsRepeated() throws Exception {
        Path dir = copy();
        String example = ContentLoader.load(Path.of("intents")).intent("gp_register").orElseThrow().examples().get(0);
        ContentCopy.replace(dir, "topics/misc.json", "\"examples\": [", "\"examples\": [\"" + example + "\",");
        Problem p = problem(dir, "misc.json", "is under both");
        assertTrue(p.line() > 0 && p.message().contains("gp_register") && p.message().contains("keep it under one"),
                p::toString);
    }

    @Test
    void anExampleListedTwiceInOneIntentIsReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "topics/smalltalk.json", "\"examples\": [", "\"examples\": [\"Good   Morning bot\", \"good morning bot\",");
        Problem p = problem(dir, "smalltalk.json", "listed twice");
        assertTrue(p.line() > 0 && p.column() > 0, p::toString);
    }

    @Test
    void aFlowNamingAnUnknownRuleIsReported() throws Exception {
        Path dir = copy();
        ContentCopy.replace(dir, "flows/physio_charge.json", "\"rule\": \"physio_charge\"", "\"rule\": \"physio_charges\"");
        Problem p = problem(dir, "physio_charge.json", "unknown rule 'physio_charges'");
        assertTrue(p.line() == lineOf(p.file(), "\"rule\"") && p.message().contains("known:"), p::toString);
    }

    @Test
    void aFlowWithAnUnknownSlotIsReported() throws Exception {
        Path dir = copy();
        ContentCopy.replace(dir, "flows/physio_charge.json", "\"paid\": {", "\"payed\": {");
        Problem p = problem(dir, "physio_charge.json", "unknown slot 'payed'");
        assertTrue(p.line() == lineOf(p.file(), "\"payed\""), p::toString);
    }

    @Test
    void anAnswerUsingAVariableTheRuleDoesNotProduceIsReported() throws Exception {
        Path dir = copy();
        ContentCopy.replace(dir, "flows/physio_charge.json", "{remaining}", "{remainder}");
        Problem p = problem(dir, "physio_charge.json", "does not produce");
        assertTrue(p.line() == lineOf(p.file(), "{remainder}") && p.message().contains("does not produce")
                && p.message().contains("remaining"), p::toString);
    }

    @Test
    void aFactWithoutASourceIsReported() throws Exception {
        Path dir = copy();
        ContentCopy.replace(dir, "facts.json", "\"value\": \"116 117\",\n      \"source\": \"baerum\"", "\"value\": \"116 117\"");
        Problem p = problem(dir, "facts.json", "'legevakt.phone' has no source");
        assertTrue(p.line() == lineOf(p.file(), "\"legevakt.phone\"") && p.message().contains("add \"source\""),
                p::toString);
    }

    @Test
    void collidingButtonLabelsAreReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "topics/misc.json", "\"en\": \"Complaints\"", "\"en\": \"interpreters\"");
        Problem p = problem(dir, "misc.json", "same en button label");
        assertTrue(p.line() > 0 && p.message().contains("interpreter") && p.message().contains("complaints"),
                p::toString);
    }

    @Test
    void collidingChoiceLabelsAreReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "flows/dental_travel.json", "\"en\": \"Taxi\"", "\"en\": \"Own car\"");
        Problem p = problem(dir, "dental_travel.json", "two choices labelled \"Own car\"");
        assertTrue(p.line() > 0, p::toString);
    }

    @Test
    void aMissingGreetingIntentIsReported() {
        Path dir = copy();
        ContentCopy.replace(dir, "topics/smalltalk.json", "\"name\": \"greeting\"", "\"name\": \"greetings\"");
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("no intent named 'greeting'")),
                e::getMessage);
    }
}
