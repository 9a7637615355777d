package healthbot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import healthbot.TestBots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutOfDomainTest {

    private static List<LabelledMessage> messages(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new LabelledMessage(t, "x", "test")).toList();
    }

    @Test
    void countsEmergencyAndHealthTopicAnswersButNotSmallTalkOrTheFallback() {
        OutOfDomain.Result r = OutOfDomain.measure(TestBots.bot(), "mix", messages(
                "my husband can't breathe", "is the dentist free for me", "hello", "thanks a lot",
                "set a timer for ten minutes", "what's the weather tomorrow", "goodbye", "help"));
        assertEquals(8, r.messages());
        assertEquals(1, r.emergency());
        assertEquals(1, r.healthTopic());
        assertEquals(0.125, r.emergencyShare(), 1e-9);
        assertEquals(List.of("my husband can't breathe"), r.emergencyExamples());
        assertEquals(1, r.topics().get("dental_free"));
        String lines = OutOfDomain.lines(List.of(r));
        assertTrue(lines.contains("answered as an emergency      12.50 % (1)"), lines);
        assertTrue(lines.contains("answered with a health topic  12.50 % (1)"), lines);
    }

    @Test
    void eachMessageIsTheFirstOfAFreshChatSoAFlowDoesNotSwallowTheNext() {
        OutOfDomain.Result r = OutOfDomain.measure(TestBots.bot(), "flow", messages(
                "is the dentist free for me", "set a timer", "play some music"));
        assertEquals(1, r.healthTopic());
    }

    @Test
    void readsTextsSkippingEmptyOnesAndNamesTheLineOfABadOne(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("ok.jsonl");
        Files.writeString(ok, "{\"text\": \"set a timer\", \"intent\": \"timer\"}\n{\"text\": \"\"}\n\n{\"text\": \"flip a coin\"}\n");
        assertEquals(List.of("set a timer", "flip a coin"), OutOfDomain.read(ok).stream().map(LabelledMessage::text).toList());
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"text\": \"set a timer\"}\n{\"txt\": \"oops\"}\n");
        EvalDataException e = assertThrows(EvalDataException.class, () -> OutOfDomain.read(bad));
        assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
    }

    @Test
    void theSharesAndTheEmergencyScoresGoIntoReportJson(@TempDir Path dir) throws IOException {
        OutOfDomain.Result r = OutOfDomain.measure(TestBots.bot(), "one", messages("flip a coin"));
        ReportExtras.writeOnly(dir, "outOfDomain", List.of(r));
        ReportExtras.add(dir, "emergency", new EmergencyScores(1.0, 0.9, 10, 9));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals(0.0, json.get("outOfDomain").get(0).get("emergencyShare").asDouble());
        assertEquals(1, json.get("outOfDomain").get(0).get("messages").asInt());
        assertEquals(0.9, json.get("emergency").get("recall").asDouble());
    }
}
