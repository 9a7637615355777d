package healthbot.eval;

import healthbot.TestBots;
import healthbot.content.Triage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second, independent set of triage probes ({@code intents/tests/triage-probes-2.jsonl}, written
 * for it from another angle than {@code triage-cases.jsonl}: bystanders, parents of babies, phone
 * calls, learners' English, Norwegian without æøå and in dialect, euphemisms, indirect overdoses
 * and self-harm, and hard negatives) through the same scorer as {@code eval --triage}: no red probe
 * is under-triaged, no negated, past, figurative, hypothetical or service question gets 113, and
 * every chapter with red signs keeps two red probes per language, so the file cannot shrink
 * unnoticed. Probes of kind {@code mechanism} (a fall from a ladder without symptoms) are not
 * asserted: a fall from a height is a red sign on its own.
 */
class TriageProbesFileTest {

    static final Path FILE = Path.of("intents/tests/triage-probes-2.jsonl");
    static final List<String> LANGUAGES = List.of("en", "nb", "nn");
    static final Set<String> HARD_NEGATIVES = Set.of("negated", "historical", "figurative", "hypothetical", "service");
    static final int RED_PER_CHAPTER = 2;

    private static ScoredTriageFile file;
    private static List<TriageCase> cases;

    @BeforeAll
    static void score() {
        file = ScoredTriageFile.score(FILE, TestBots.bot(TestBots.SATURDAY_NOON));
        cases = file.cases();
    }

    @Test
    void noRedProbeIsAnsweredWithAnythingBut113First() {
        assertEquals(List.of(), file.underTriaged(), "under-triaged");
        assertTrue(file.red() >= 150, "red probes: " + file.results().size());
    }

    @Test
    void noHardNegativeProbeGets113() {
        assertEquals(List.of(), file.overTriaged(HARD_NEGATIVES), "answered with 113");
        Set<String> kinds = cases.stream().map(TriageCase::kind).filter(HARD_NEGATIVES::contains).collect(Collectors.toSet());
        assertEquals(HARD_NEGATIVES, kinds, "every kind of hard negative has probes");
        assertTrue(cases.stream().filter(c -> HARD_NEGATIVES.contains(c.kind())).count() >= 40);
    }

    @Test
    void everyChapterWithRedSignsHasTwoRedProbesPerLanguage() {
        List<String> short_ = new ArrayList<>();
        for (String chapter : chaptersWithRedSigns()) {
            for (String lang : LANGUAGES) {
                long n = cases.stream().filter(c -> c.group().equals(chapter) && c.lang().equals(lang) && c.red()).count();
                if (n < RED_PER_CHAPTER) {
                    short_.add(chapter + " " + lang + ": " + n);
                }
            }
        }
        assertEquals(List.of(), short_, "chapters with too few red probes in " + FILE);
    }

    @Test
    void noProbeRepeatsALineOfTheFirstCaseFile() {
        Set<String> first = TriageCases.read(TriageCasesFileTest.FILE, TriageOutcome.Names.of(TestBots.content())).stream()
                .map(c -> c.text().toLowerCase()).collect(Collectors.toSet());
        List<String> repeated = cases.stream().filter(c -> first.contains(c.text().toLowerCase())).map(TriageCase::where).toList();
        assertEquals(List.of(), repeated);
    }

    private static Set<String> chaptersWithRedSigns() {
        return ScoredTriageFile.chaptersWith(Triage.Grade.RED, LANGUAGES);
    }
}
