package healthbot.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The triage files ({@code intents/triage/}) are loaded into the content and every mistake staff
 * can make in them is reported with its file, line, column and what to do, as for the rest of the
 * content (on a copy of the test fixture).
 */
class TriageFilesTest {

    @TempDir
    Path tmp;

    private Path withTriage(String groups, String en) throws IOException {
        Path dir = ContentCopy.fixture(tmp.resolve("intents"));
        Files.createDirectories(dir.resolve("triage"));
        Files.writeString(dir.resolve("triage/groups.json"), groups);
        Files.writeString(dir.resolve("triage/en.json"), en);
        return dir;
    }

    private static final String GROUPS = """
            {
              "answers": {"yellow": "greeting"},
              "groups": [{"id": "stroke", "chapter": "Stroke signs"}]
            }
            """;

    private static List<String> problems(Path dir) {
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(dir));
        return e.problems().stream().map(p -> new Problem(dir.relativize(p.file()), p.line(), p.column(), p.message()).toString())
                .toList();
    }

    @Test
    void validTriageFilesAreLoadedWithTheirGroupsSignsAndAnswers() throws IOException {
        Path dir = withTriage(GROUPS, """
                {"words": {"face": ["face", "smile"]}, "signs": {"stroke": {"red": ["@face + droop*"]}}, "negation": ["no"]}
                """);
        Content c = ContentLoader.load(dir);
        assertEquals("greeting", c.triage().answer(Triage.Grade.YELLOW));
        assertEquals(List.of(new Triage.Group("stroke", "Stroke signs")), c.triage().groups());
        Triage.Signs en = c.triage().languages().get("en");
        assertEquals("@face + droop*", en.signs().get("stroke").get(Triage.Grade.RED).get(0).value());
        assertEquals(List.of("no"), en.negation());
    }

    @Test
    void anUnknownGroupAnUndefinedWordSetAndAnEmptyPartAreReportedWhereTheyAre() throws IOException {
        Path dir = withTriage(GROUPS, """
                {
                  "words": {"face": ["face"]},
                  "signs": {
                    "strok": {"red": ["slurring"]},
                    "stroke": {"red": ["@fase + drooping", "face + "], "orange": ["x"]}
                  }
                }
                """);
        assertEquals(List.of(
                "triage/en.json:4:5: unknown symptom group \"strok\"; groups are listed in triage/groups.json: [stroke]",
                "triage/en.json:5:24: the sign \"@fase + drooping\" uses @fase, but \"words\" defines no set \"fase\"; add it to \"words\" or fix the name",
                "triage/en.json:5:44: the sign \"face + \" has an empty part or choice; write parts joined by \" + \" (or \" & \": anywhere in the message, \" ~ \": in the same clause) and choices by \"|\","
                        + " e.g. \"@face + @droop\", \"pain + arm|jaw\"",
                "triage/en.json:5:56: unknown grade \"orange\"; allowed here: [red, yellow, dental, green]"), problems(dir));
    }

    @Test
    void anAnswerNamingAnIntentThatDoesNotExistIsReportedAtTheName() throws IOException {
        Path dir = withTriage("""
                {"answers": {"yellow": "legevakt"}, "groups": []}
                """, "{}");
        List<String> p = problems(dir);
        assertEquals(1, p.size(), p.toString());
        assertEquals(true, p.get(0).startsWith("triage/groups.json:1:24: the yellow answer names the intent \"legevakt\", which does not exist"),
                p.get(0));
    }

    @Test
    void anUnknownFieldAndADuplicateGroupAreReported() throws IOException {
        Path dir = withTriage("""
                {"answers": {}, "groups": [{"id": "a", "chapter": "A"}, {"id": "a", "chapter": "B"}], "colour": 1}
                """, "{\"negations\": []}");
        assertEquals(List.of(
                "triage/groups.json:1:87: unknown field \"colour\"; allowed here: [answers, groups]",
                "triage/groups.json:1:58: group id \"a\" is used twice; give each group its own id",
                "triage/en.json:1:2: unknown field \"negations\"; allowed here: [clause_breaks, figurative, fillers, hypothetical, negation, not_medical, past, present, signs, stopped, words]"),
                problems(dir));
    }
}
