package healthbot.eval;

import healthbot.TestBots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The yellow and green probes ({@code intents/tests/triage-probes-yellow.jsonl}): injuries and illness
 * that need the legevakt today (sprains, falls on the wrist, deep cuts, a child's head cut that has
 * stopped bleeding, small burns, fish hooks, a child's fever at night, days of diarrhoea with dizziness,
 * urinary pain with fever, eye injuries) and long-standing mild complaints for the own GP, in all ten
 * languages, written for it as residents write (two batches, each scored on the bot before it was fixed
 * for them; {@code docs/triage.md} has those figures), with a few red controls. Through the same scorer
 * as {@code eval --triage}: no red control misses 113, and per language the yellow and green probes sent
 * to the right number, and those answered with 113, stay at least as good as measured when the file was
 * written.
 */
class TriageProbesYellowTest {

    static final Path FILE = Path.of("intents/tests/triage-probes-yellow.jsonl");
    static final List<String> LANGUAGES = List.of("en", "nb", "nn", "pl", "uk", "ru", "ar", "lt", "so", "ti");

    /** Measured: per language, {yellow right, green right, yellow or green answered with 113}. */
    static final Map<String, int[]> MEASURED = Map.of(
            "en", new int[] {42, 20, 2}, "nb", new int[] {40, 20, 3}, "nn", new int[] {41, 22, 2},
            "pl", new int[] {25, 13, 0}, "uk", new int[] {25, 14, 0}, "ru", new int[] {24, 14, 1},
            "ar", new int[] {24, 13, 0}, "lt", new int[] {25, 12, 0}, "so", new int[] {24, 14, 1},
            "ti", new int[] {19, 14, 6});

    private static ScoredTriageFile file;

    @BeforeAll
    static void score() {
        file = ScoredTriageFile.score(FILE, TestBots.bot(TestBots.SATURDAY_NOON));
    }

    @Test
    void noRedControlIsAnsweredWithAnythingBut113First() {
        assertEquals(List.of(), file.underTriaged(), "under-triaged");
    }

    @Test
    void perLanguageTheYellowAndGreenProbesGoWhereTheyShouldAtLeastAsOftenAsMeasured() {
        List<String> worse = new ArrayList<>();
        for (String lang : LANGUAGES) {
            int[] floor = MEASURED.get(lang);
            int yellow = count(lang, "yellow", TriageScorer.Result::right);
            int green = count(lang, "green", TriageScorer.Result::right);
            int to113 = count(lang, "yellow", TriageScorer.Result::overTriage) + count(lang, "green", TriageScorer.Result::overTriage);
            if (yellow < floor[0]) {
                worse.add(lang + " yellow to the legevakt: " + yellow + " < " + floor[0]);
            }
            if (green < floor[1]) {
                worse.add(lang + " green to the GP: " + green + " < " + floor[1]);
            }
            if (to113 > floor[2]) {
                worse.add(lang + " yellow or green answered with 113: " + to113 + " > " + floor[2]);
            }
        }
        assertEquals(List.of(), worse, shownWrong());
    }

    @Test
    void everyLanguageHasItsYellowAndGreenProbes() {
        List<String> few = new ArrayList<>();
        for (String lang : LANGUAGES) {
            boolean main = List.of("en", "nb", "nn").contains(lang);
            long yellow = cases(lang, "yellow");
            long green = cases(lang, "green");
            if (yellow < (main ? 25 : 15) || green < (main ? 15 : 8)) {
                few.add(lang + ": " + yellow + " yellow, " + green + " green");
            }
        }
        assertEquals(List.of(), few, "too few probes in " + FILE);
    }

    @Test
    void noProbeRepeatsALineOfTheOtherCaseFiles() {
        TriageOutcome.Names names = TriageOutcome.Names.of(TestBots.content());
        Set<String> others = Stream.of(TriageCasesFileTest.FILE, TriageProbesFileTest.FILE, TriageProbesThirdPassTest.FILE,
                        NewcomerTriageProbesTest.FILE)
                .flatMap(f -> TriageCases.read(f, names).stream()).map(c -> c.text().toLowerCase()).collect(Collectors.toSet());
        List<String> repeated = file.cases().stream().filter(c -> others.contains(c.text().toLowerCase())).map(TriageCase::where).toList();
        assertEquals(List.of(), repeated);
    }

    private long cases(String lang, String kind) {
        return file.cases().stream().filter(c -> c.lang().equals(lang) && c.kind().equals(kind)).count();
    }

    private int count(String lang, String kind, java.util.function.Predicate<TriageScorer.Result> p) {
        return (int) file.results().stream()
                .filter(r -> r.testCase().lang().equals(lang) && r.testCase().kind().equals(kind)).filter(p).count();
    }

    private String shownWrong() {
        return file.results().stream().filter(r -> !r.right())
                .map(r -> ScoredTriageFile.shown(r.testCase()) + " -> " + r.answered().label()).collect(Collectors.joining("\n"));
    }
}
