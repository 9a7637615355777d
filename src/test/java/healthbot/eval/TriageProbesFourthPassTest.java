package healthbot.eval;

import healthbot.TestBots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fourth pass of triage probes ({@code intents/tests/triage-probes-4.jsonl}): red descriptions of
 * the chapters the earlier files covered thinly (suicide stated by a plan, a place, a means or a
 * farewell; psychosis with threats; head injuries with warning signs told later in the story; tearing
 * chest or back pain with faintness; intoxication with heat, rigidity or fits; sepsis; meningitis;
 * anaphylaxis; drowning and cold; burns, smoke, caustics and electricity; diabetic emergencies;
 * bleeding and pain in pregnancy; a child struggling to breathe; overdoses), and near misses (figures
 * of speech, past events, negations, service questions, mild and yellow versions), through the same
 * scorer as {@code eval --triage}. Probes of kind {@code unresolved} are the measured over-triage
 * left as it is: their number is pinned so that it cannot grow unnoticed.
 */
class TriageProbesFourthPassTest {

    static final Path FILE = Path.of("intents/tests/triage-probes-4.jsonl");
    static final Set<String> NOT_RED = Set.of("negated", "historical", "figurative", "service", "admin", "mild", "yellow");
    /** The over-triage measured when the file was written (a figure of speech, a mild electric shock, four classifier guesses, two old events told with "now"). */
    static final int UNRESOLVED = 8;

    private static ScoredTriageFile file;

    @BeforeAll
    static void score() {
        file = ScoredTriageFile.score(FILE, TestBots.bot(TestBots.SATURDAY_NOON));
    }

    @Test
    void noRedProbeIsAnsweredWithAnythingBut113First() {
        assertEquals(List.of(), file.underTriaged(), "under-triaged");
        for (var minimum : List.of(List.of("en", "120"), List.of("nb", "40"), List.of("nn", "30"))) {
            long red = file.cases().stream().filter(c -> c.red() && c.lang().equals(minimum.get(0))).count();
            assertTrue(red >= Integer.parseInt(minimum.get(1)), minimum.get(0) + ": " + red + " red probes");
        }
    }

    @Test
    void noNearMissGets113() {
        assertEquals(List.of(), file.overTriaged(NOT_RED), "answered with 113");
        Set<String> kinds = file.cases().stream().map(TriageCase::kind).filter(NOT_RED::contains).collect(Collectors.toSet());
        assertEquals(NOT_RED, kinds, "every kind of near miss has probes");
        assertTrue(file.cases().stream().filter(c -> NOT_RED.contains(c.kind())).count() >= 60);
    }

    @Test
    void theKnownOverTriageDoesNotGrow() {
        assertTrue(file.overTriaged(Set.of("unresolved")).size() <= UNRESOLVED, () -> "over-triage: " + file.overTriaged(Set.of("unresolved")));
        assertEquals(UNRESOLVED, file.cases().stream().filter(c -> c.kind().equals("unresolved")).count());
    }

    @Test
    void noProbeRepeatsALineOfTheOtherCaseFiles() {
        TriageOutcome.Names names = TriageOutcome.Names.of(TestBots.content());
        Set<String> others = Stream.of(TriageCasesFileTest.FILE, TriageProbesFileTest.FILE, TriageProbesThirdPassTest.FILE)
                .flatMap(f -> TriageCases.read(f, names).stream()).map(c -> c.text().toLowerCase()).collect(Collectors.toSet());
        List<String> repeated = file.cases().stream().filter(c -> others.contains(c.text().toLowerCase())).map(TriageCase::where).toList();
        assertEquals(List.of(), repeated);
    }
}
