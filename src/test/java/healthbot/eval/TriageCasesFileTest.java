package healthbot.eval;

import healthbot.TestBots;
import healthbot.content.Triage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project's own triage cases ({@code intents/tests/triage-cases.jsonl}, written for it, none
 * from the residents' set) through the same scorer as {@code eval --triage}: no red case is
 * under-triaged, no negated, past or figurative sign gets 113, and the file keeps at least 5 red
 * cases for every chapter with red signs and 3 yellow ones for every chapter with yellow signs, in
 * English, Bokmål and Nynorsk, so that it cannot shrink unnoticed.
 */
class TriageCasesFileTest {

    static final Path FILE = Path.of("intents/tests/triage-cases.jsonl");
    static final List<String> LANGUAGES = List.of("en", "nb", "nn");
    static final int RED_PER_CHAPTER = 5;
    static final int YELLOW_PER_CHAPTER = 3;

    private static ScoredTriageFile file;
    private static List<TriageCase> cases;
    private static List<TriageScorer.Result> results;

    @BeforeAll
    static void score() {
        file = ScoredTriageFile.score(FILE, TestBots.bot(TestBots.SATURDAY_NOON));
        cases = file.cases();
        results = file.results();
    }

    @Test
    void noRedCaseOfTheFileIsAnsweredWithAnythingBut113First() {
        assertEquals(List.of(), file.underTriaged(), "under-triaged");
        assertTrue(file.red() >= 270, "red cases: " + results.size());
    }

    @Test
    void noNegatedPastOrFigurativeSignOfTheFileGets113() {
        Set<String> kinds = Set.of("negated", "historical", "figurative");
        assertEquals(List.of(), file.overTriaged(kinds), "answered with 113");
        assertTrue(results.stream().filter(r -> kinds.contains(r.testCase().kind())).count() >= 30);
    }

    @Test
    void aStrokeLastYearAndAQuestionAboutPhysioGetsThePhysioAnswerNot113() {
        TriageScorer.Result physio = results.stream().filter(r -> r.testCase().text().equals("had a stroke last year, can I get physio?"))
                .findFirst().orElseThrow();
        assertEquals(TriageOutcome.TOPIC, physio.answered());
        String intent = TestBots.bot(TestBots.SATURDAY_NOON).handle("p", physio.testCase().text()).intent();
        assertTrue(intent.startsWith("physio_"), intent);
    }

    @Test
    void everyChapterWithRedSignsHasFiveRedCasesAndEveryChapterWithYellowSignsThreeYellowOnesPerLanguage() {
        List<String> short_ = new ArrayList<>();
        for (String chapter : chaptersWith(Triage.Grade.RED)) {
            for (String lang : LANGUAGES) {
                long n = count(chapter, lang, TriageOutcome.EMERGENCY);
                if (n < RED_PER_CHAPTER) {
                    short_.add(chapter + " red " + lang + ": " + n);
                }
            }
        }
        for (String chapter : chaptersWith(Triage.Grade.YELLOW)) {
            for (String lang : LANGUAGES) {
                long n = count(chapter, lang, TriageOutcome.LEGEVAKT);
                if (n < YELLOW_PER_CHAPTER) {
                    short_.add(chapter + " yellow " + lang + ": " + n);
                }
            }
        }
        assertEquals(List.of(), short_, "chapters with too few cases in " + FILE);
        assertTrue(chaptersWith(Triage.Grade.RED).size() >= 15, chaptersWith(Triage.Grade.RED).toString());
    }

    private static long count(String chapter, String lang, TriageOutcome expected) {
        return cases.stream().filter(c -> c.group().equals(chapter) && c.lang().equals(lang) && c.expected() == expected
                && c.kind().equals(expected == TriageOutcome.EMERGENCY ? "red" : "yellow")).count();
    }

    private static Set<String> chaptersWith(Triage.Grade grade) {
        return ScoredTriageFile.chaptersWith(grade, LANGUAGES);
    }
}
