package healthbot.eval;

import healthbot.TestBots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The third pass of triage probes ({@code intents/tests/triage-probes-3.jsonl}): red descriptions in
 * English, Bokmål and Nynorsk written in styles the other files under-cover (long stories with the
 * sign in the middle, bystanders, what the person cannot do, slang, onset words, no æøå, run-on
 * sentences), and non-red messages that mention symptom words (history, admin questions, figures of
 * speech, work "emergencies", song lyrics, questions about an emergency service, truly yellow signs),
 * through the same scorer as {@code eval --triage}. Probes of kind {@code unresolved} are known
 * over-triage left as they are and not asserted.
 */
class TriageProbesThirdPassTest {

    static final Path FILE = Path.of("intents/tests/triage-probes-3.jsonl");
    static final Set<String> NOT_RED = Set.of("negated", "historical", "figurative", "service", "admin", "lyrics", "yellow");

    private static ScoredTriageFile file;

    @BeforeAll
    static void score() {
        file = ScoredTriageFile.score(FILE, TestBots.bot(TestBots.SATURDAY_NOON));
    }

    @Test
    void noRedProbeIsAnsweredWithAnythingBut113First() {
        assertEquals(List.of(), file.underTriaged(), "under-triaged");
        for (String lang : List.of("en", "nb", "nn")) {
            long red = file.cases().stream().filter(c -> c.red() && c.lang().equals(lang)).count();
            assertTrue(red >= 40, lang + ": " + red + " red probes");
        }
    }

    @Test
    void noNonRedProbeGets113() {
        assertEquals(List.of(), file.overTriaged(NOT_RED), "answered with 113");
        Set<String> kinds = file.cases().stream().map(TriageCase::kind).filter(NOT_RED::contains).collect(Collectors.toSet());
        assertEquals(NOT_RED, kinds, "every kind of non-red probe has probes");
        assertTrue(file.cases().stream().filter(c -> NOT_RED.contains(c.kind())).count() >= 60);
    }

    @Test
    void noProbeRepeatsALineOfTheOtherCaseFiles() {
        TriageOutcome.Names names = TriageOutcome.Names.of(TestBots.content());
        Set<String> others = java.util.stream.Stream.of(TriageCasesFileTest.FILE, TriageProbesFileTest.FILE)
                .flatMap(f -> TriageCases.read(f, names).stream()).map(c -> c.text().toLowerCase()).collect(Collectors.toSet());
        List<String> repeated = file.cases().stream().filter(c -> others.contains(c.text().toLowerCase())).map(TriageCase::where).toList();
        assertEquals(List.of(), repeated);
    }
}
