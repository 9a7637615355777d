package healthbot.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.content.Content;
import healthbot.content.ContentCopy;
import healthbot.content.ContentLoader;
import healthbot.nlu.Nlu;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

class ScriptRunnerTest {

    @TempDir
    Path tmp;

    private static ScriptRunner shipped() {
        return new ScriptRunner(TestBots.content(), TestBots.nlu(), new NorwegianHolidays());
    }

    private Path script(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void breakingOneAnswerTextFailsExactlyTheScriptsThatCheckItAtTheirLine() throws Exception {
        Path dir = ContentCopy.of(tmp.resolve("intents"));
        ContentCopy.replace(dir, "languages/en/texts.json", "so NOK {remaining} remains", "so some money remains");
        ContentCopy.replace(dir, "languages/nb/texts.json", "så det gjenstår NOK {remaining} før taket", "så det gjenstår noe før taket");
        untranslate(dir, "physio_charge", "PAYS_CHARGE");
        Content content = ContentLoader.load(dir);
        ScriptRunner runner = new ScriptRunner(content, Nlu.train(content), new NorwegianHolidays());

        Set<String> failed = new TreeSet<>();
        List<ScriptResult> failures = new ArrayList<>();
        for (Path file : ScriptFiles.find(List.of(dir.resolve("tests")))) {
            ScriptResult r = runner.run(file);
            if (!r.passed()) {
                failed.add(file.getFileName().toString());
                failures.add(r);
            }
        }

        assertEquals(Set.of("physio_pays_charge.convo", "lang_ar_physio_charge.convo", "lang_lt_physio_charge.convo",
                "lang_nn_physio_charge.convo", "lang_pl_physio_charge.convo", "lang_uk_physio_charge.convo"), failed);
        Path broken = dir.resolve("tests/physio_pays_charge.convo");
        int line = Files.readAllLines(broken).indexOf("< contains: 1525") + 1;
        String failure = failures.stream().filter(r -> r.file().equals(broken)).findFirst().orElseThrow().failure();
        assertTrue(failure.startsWith(broken + ":" + line + ": expected the reply to contain \"1525\""), failure);
        assertTrue(failure.contains("so some money remains"), "the actual reply is shown: " + failure);
    }

    /**
     * Removes an outcome's text from every language but English and Bokmål, which then answer it
     * from their fallback; otherwise the translations would no longer match the broken source.
     */
    private static void untranslate(Path dir, String flow, String outcome) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (var languages = Files.list(dir.resolve("languages"))) {
            for (Path language : languages.toList()) {
                Path texts = language.resolve("texts.json");
                String code = language.getFileName().toString();
                if (code.equals("en") || code.equals("nb") || !Files.exists(texts)) {
                    continue;
                }
                ObjectNode tree = (ObjectNode) json.readTree(texts.toFile());
                JsonNode outcomes = tree.path("flows").path(flow).path("outcomes");
                if (outcomes instanceof ObjectNode o) {
                    o.remove(outcome);
                    json.writerWithDefaultPrettyPrinter().writeValue(texts.toFile(), tree);
                }
            }
        }
    }

    @Test
    void aFailureShowsTheMessageSentAndTheWholeReply() throws Exception {
        ScriptResult r = shipped().run(script("wrong.convo", """
                title: wrong number
                > what is the number for legevakt
                < contains: 116 117
                < contains: 999
                """));
        assertFalse(r.passed());
        String[] lines = r.failure().split("\n");
        assertTrue(lines[0].endsWith("wrong.convo:4: expected the reply to contain \"999\""), lines[0]);
        assertTrue(r.failure().contains("> what is the number for legevakt  (line 2)"), r.failure());
        assertTrue(r.failure().contains("(intent legevakt, outcome none, asks nothing)"), r.failure());
        assertTrue(r.failure().contains("| ") && r.failure().contains("116 117"), r.failure());
    }

    @Test
    void unknownNamesInAScriptFailWithTheirLineBeforeAnythingRuns() throws Exception {
        ScriptResult r = shipped().run(script("typo.convo", """
                region: oslo
                > Is the dentist free for me?
                < asks: birthyear
                < outcome: FREE_KID
                < intent: dentist
                """));
        assertFalse(r.passed());
        assertTrue(r.failure().contains("typo.convo:1: unknown region 'oslo'"), r.failure());
        assertTrue(r.failure().contains("typo.convo:3: unknown slot 'birthyear'"), r.failure());
        assertTrue(r.failure().contains("typo.convo:4: unknown outcome 'FREE_KID'"), r.failure());
        assertTrue(r.failure().contains("typo.convo:5: unknown intent 'dentist'"), r.failure());
    }

    @Test
    void aLanguageOptionAnswersTheChatInThatLanguageFromTheStartAndAnUnknownOneIsNamedWithItsLine() throws Exception {
        ScriptResult nn = shipped().run(script("nn.convo", """
                language: nn
                > /start
                < contains: Kva vil du vite?
                > 2010
                < not contains: What would you like
                """));
        assertTrue(nn.passed(), nn.failure());
        ScriptResult typo = shipped().run(script("xx.convo", "language: xx\n> hi\n< intent: greeting\n"));
        assertFalse(typo.passed());
        assertTrue(typo.failure().contains("xx.convo:1: unknown language 'xx'; use one of [en, nb, nn"), typo.failure());
    }

    @Test
    void aScriptThatCannotBeParsedFailsWithTheParseError() throws Exception {
        ScriptResult r = shipped().run(script("broken.convo", "> hi\n< sayz: hello\n"));
        assertTrue(r.failure().contains("broken.convo:2: unknown check 'sayz:'"), r.failure());
    }

    @Test
    void eachScriptGetsAFreshBotAndItsOwnClock() throws Exception {
        ScriptRunner runner = shipped();
        Path first = script("a.convo", "now: 2026-11-25T12:00\n> duty dentist opening hours\n< outcome: CLOSED\n");
        Path second = script("b.convo", "> duty dentist opening hours\n< outcome: OPEN_NOW\n");
        Path resumed = script("c.convo", "> 2010\n< outcome: none\n");
        assertTrue(runner.run(first).passed(), () -> runner.run(first).failure());
        assertTrue(runner.run(second).passed(), () -> runner.run(second).failure());
        assertTrue(runner.run(resumed).passed(), () -> runner.run(resumed).failure());
    }

    @Test
    void coverageNamesWhatNoScriptReaches() throws Exception {
        ScriptResult r = shipped().run(script("one.convo", "> am I entitled to a GP\n> Yes\n< outcome: ENTITLED\n"));
        assertEquals(Set.of("gp_entitlement"), r.intents());
        assertEquals(Set.of("gp_entitlement ENTITLED"), r.outcomes());
        Coverage c = Coverage.of(TestBots.content(), List.of(r));
        assertTrue(c.uncoveredOutcomes().contains("gp_entitlement NOT_ENTITLED"));
        assertFalse(c.uncoveredOutcomes().contains("gp_entitlement ENTITLED"));
        assertTrue(c.uncoveredIntents().contains("legevakt"));
        assertFalse(c.uncoveredIntents().contains("gp_entitlement"));
    }

    @Test
    void theJUnitXmlReportHasOneTestcasePerScriptAndTheFailures() throws Exception {
        ScriptRunner runner = shipped();
        List<ScriptResult> results = List.of(
                runner.run(script("pass.convo", "title: passes & <works>\n> hello\n< intent: greeting\n")),
                runner.run(script("fail.convo", "> hello\n< intent: goodbye\n")));
        Path xml = tmp.resolve("reports/scripts.xml");
        JUnitXmlReport.write(results, xml);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertEquals("2", doc.getDocumentElement().getAttribute("tests"));
        assertEquals("1", doc.getDocumentElement().getAttribute("failures"));
        assertEquals("passes & <works>", ((org.w3c.dom.Element) doc.getElementsByTagName("testcase").item(0)).getAttribute("name"));
        assertTrue(doc.getElementsByTagName("failure").item(0).getTextContent().contains("fail.convo:2:"));
    }
}
