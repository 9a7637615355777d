package healthbot.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The triage file format and the report's arithmetic, without a bot. */
class TriageReportTest {

    private static final TriageOutcome.Names NAMES = new TriageOutcome.Names("emergency", "legevakt", "emergency_dentist",
            "gp_role", "fallback");

    private static TriageCase c(String text, TriageOutcome expected, String lang) {
        return new TriageCase(text, expected, Set.of(expected), lang, "", "", "t:1");
    }

    @Test
    void underTriageIsARedCaseNotAnsweredWith113FirstAndOverTriageAnyOtherCaseAnsweredWith113() {
        List<TriageScorer.Result> results = List.of(
                new TriageScorer.Result(c("secret red one", TriageOutcome.EMERGENCY, "en"), TriageOutcome.EMERGENCY, true),
                new TriageScorer.Result(c("secret red two", TriageOutcome.EMERGENCY, "en"), TriageOutcome.LEGEVAKT, true),
                new TriageScorer.Result(c("secret red three", TriageOutcome.EMERGENCY, "nb"), TriageOutcome.EMERGENCY, false),
                new TriageScorer.Result(c("secret yellow", TriageOutcome.LEGEVAKT, "nb"), TriageOutcome.EMERGENCY, true),
                new TriageScorer.Result(c("secret green", TriageOutcome.GP, "pl"), TriageOutcome.GP, false));
        TriageReport report = TriageReport.of("f.jsonl", "", "2026-11-21T12:00:00", results);

        TriageReport.Row en = report.language("en").orElseThrow();
        assertEquals(2, en.red());
        assertEquals(1, en.under());
        assertEquals(0.5, en.underRate());
        TriageReport.Row nb = report.language("nb").orElseThrow();
        assertEquals(1, nb.under(), "113 not in the first line is under-triage");
        assertEquals(1, nb.over());
        TriageReport.Row enNo = report.language("en+no").orElseThrow();
        assertEquals(4, enNo.cases());
        TriageReport.Row all = report.language("all").orElseThrow();
        assertEquals(2, all.right());
        assertEquals(1, report.confusion().get("113").get("legevakt"));
        assertEquals(1, report.confusion().get("legevakt").get("113"));
    }

    @Test
    void theConsoleLinesHoldNoMessageText() {
        List<TriageScorer.Result> results = List.of(
                new TriageScorer.Result(c("secret red one", TriageOutcome.EMERGENCY, "en"), TriageOutcome.FALLBACK, false));
        String lines = TriageReport.of("f.jsonl", "", "now", results).lines();
        assertFalse(lines.contains("secret"), lines);
        assertTrue(lines.contains("1 (100.0 %)"), lines);
    }

    @Test
    void aResidentsCaseIsReadByItsIntentAndAnOwnCaseByItsExpectedOutcomes(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("cases.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\": \"x\", \"text\": \"a\", \"intent\": \"emergency_dentist\", \"lang\": \"nb\", \"kind\": \"triage\"}",
                "{\"text\": \"b\", \"intent\": \"physio_info\"}",
                "// a comment",
                "{\"text\": \"c\", \"expect\": \"gp|fallback\", \"lang\": \"en\", \"group\": \"chest_pain\", \"kind\": \"negated\"}"),
                StandardCharsets.UTF_8);
        List<TriageCase> cases = TriageCases.read(f, NAMES);
        assertEquals(TriageOutcome.DENTIST, cases.get(0).expected());
        assertEquals("triage", cases.get(0).kind());
        assertEquals(TriageOutcome.TOPIC, cases.get(1).expected());
        assertEquals("?", cases.get(1).lang());
        assertEquals(Set.of(TriageOutcome.GP, TriageOutcome.FALLBACK), cases.get(2).accepted());
        assertEquals(TriageOutcome.GP, cases.get(2).expected());
    }

    @Test
    void aBadLineIsReportedWithItsFileAndLineAndHowToFixIt(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, "{\"text\": \"a\", \"expect\": \"113\"}\n{\"text\": \"b\", \"expect\": \"ambulance\"}\n", StandardCharsets.UTF_8);
        EvalDataException e = assertThrows(EvalDataException.class, () -> TriageCases.read(f, NAMES));
        assertEquals(f + ":2: \"expect\": \"ambulance\": \"ambulance\" is not an outcome; write one of 113, legevakt, dentist, gp, "
                + "topic, fallback (several as \"gp|fallback\").", e.getMessage());
        Files.writeString(f, "{\"text\": \"a\", \"expect\": \"113|legevakt\"}\n", StandardCharsets.UTF_8);
        assertTrue(assertThrows(EvalDataException.class, () -> TriageCases.read(f, NAMES)).getMessage()
                .contains(":1: \"expect\": \"113|legevakt\": a red case has one right answer, 113"));
    }
}
