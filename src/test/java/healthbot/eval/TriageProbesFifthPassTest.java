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
 * The fifth pass of triage probes ({@code intents/tests/triage-probes-5.jsonl}): two fresh batches of red
 * descriptions in every red chapter, written as residents write them (stories, third person, typos, no
 * diacritics, what someone sees), in English, Bokmål, Nynorsk and dialect and in the newcomers' languages,
 * and non-red messages of the same look (negated, past, figurative, service and admin questions, mild,
 * yellow, dental), read by the compositional layer (a vital function and a failure marker in one clause)
 * and the signs. Probes of kind {@code unresolved} are the over-triage measured when the file was written.
 */
class TriageProbesFifthPassTest {

    static final Path FILE = Path.of("intents/tests/triage-probes-5.jsonl");
    static final Set<String> NOT_RED = Set.of("negated", "historical", "figurative", "service", "admin", "mild", "yellow", "dental");
    /** The over-triage measured when the file was written: the classifier's guess without a sign, old events told with a "now", figures the signs do not see. */
    static final int UNRESOLVED = 30;
    /** Of those, the ones still answered with 113 since the green signs for colds, hay fever and "breathing fine" send mild descriptions to the GP. */
    static final int STILL_OVER_TRIAGED = 23;

    private static ScoredTriageFile file;

    @BeforeAll
    static void score() {
        file = ScoredTriageFile.score(FILE, TestBots.bot(TestBots.SATURDAY_NOON));
    }

    @Test
    void noRedProbeIsAnsweredWithAnythingBut113First() {
        assertEquals(List.of(), file.underTriaged(), "under-triaged");
        for (var minimum : List.of(List.of("en", "130"), List.of("nb", "70"), List.of("nn", "60"))) {
            long red = file.cases().stream().filter(c -> c.red() && c.lang().equals(minimum.get(0))).count();
            assertTrue(red >= Integer.parseInt(minimum.get(1)), minimum.get(0) + ": " + red + " red probes");
        }
        long newcomers = file.cases().stream().filter(c -> c.red() && !Set.of("en", "nb", "nn").contains(c.lang())).count();
        assertTrue(newcomers >= 45, newcomers + " red probes in the newcomers' languages");
    }

    @Test
    void noNonRedProbeGets113() {
        assertEquals(List.of(), file.overTriaged(NOT_RED), "answered with 113");
        Set<String> kinds = file.cases().stream().map(TriageCase::kind).filter(NOT_RED::contains).collect(Collectors.toSet());
        assertEquals(NOT_RED, kinds, "every kind of non-red probe has probes");
        assertTrue(file.cases().stream().filter(c -> NOT_RED.contains(c.kind())).count() >= 200);
    }

    @Test
    void theKnownOverTriageDoesNotGrow() {
        assertTrue(file.overTriaged(Set.of("unresolved")).size() <= STILL_OVER_TRIAGED, () -> "over-triage: " + file.overTriaged(Set.of("unresolved")));
        assertEquals(UNRESOLVED, file.cases().stream().filter(c -> c.kind().equals("unresolved")).count());
    }

    @Test
    void noProbeRepeatsALineOfTheOtherCaseFiles() {
        TriageOutcome.Names names = TriageOutcome.Names.of(TestBots.content());
        Set<String> others = Stream.of(TriageCasesFileTest.FILE, TriageProbesFileTest.FILE, TriageProbesThirdPassTest.FILE,
                        TriageProbesFourthPassTest.FILE)
                .flatMap(f -> TriageCases.read(f, names).stream()).map(c -> c.text().toLowerCase()).collect(Collectors.toSet());
        List<String> repeated = file.cases().stream().filter(c -> others.contains(c.text().toLowerCase())).map(TriageCase::where).toList();
        assertEquals(List.of(), repeated);
    }
}
