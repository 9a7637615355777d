package healthbot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFilesTest {

    private static List<LabelledMessage> data() {
        List<LabelledMessage> out = new ArrayList<>();
        String[][] rows = {
                {"dentist", "free dentist for kids"}, {"dentist", "is the dentist free"}, {"dentist", "dentist price"},
                {"dentist", "tannlege gratis"}, {"dentist", "dentist for my son"}, {"dentist", "dental care <b>free</b>"},
                {"doctor", "find a doctor"}, {"doctor", "register with a doctor"}, {"doctor", "need a GP doctor"},
                {"doctor", "fastlege doctor"}, {"doctor", "doctor appointment"}, {"doctor", "new doctor please"},
                {"fallback", "weather tomorrow"}, {"fallback", "buy shoes"}, {"fallback", "train to bergen"},
                {"fallback", "tell me a joke"}, {"fallback", "weather in oslo"}, {"fallback", "cheap shoes"}};
        for (String[] r : rows) {
            out.add(new LabelledMessage(r[1], r[0], "test"));
        }
        return out;
    }

    @Test
    void crossValidationWritesJsonHtmlAndSvgThatAgreeWithTheReport(@TempDir Path dir) throws Exception {
        Evaluator.Setup setup = Evaluator.forFile("tiny", "fallback", 0.0);
        EvalReport report = Evaluator.withProgressOn(null).crossValidate(setup, data(), 3);
        ReportWriter.write(report, dir);

        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals(18, json.get("metrics").get("messages").asInt());
        assertEquals(report.metrics().accuracy(), json.get("metrics").get("accuracy").asDouble(), 1e-12);
        assertEquals(3, json.get("labels").size());
        assertTrue(json.get("thresholds").size() >= 19);

        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<svg"), "inline heat map");
        assertTrue(html.contains("Threshold trade-off"));
        assertFalse(html.contains("<b>free</b>"), "message text is escaped");
        assertFalse(html.contains("http://") && html.contains("<script src"), "no external resources");
        assertTrue(Files.readString(dir.resolve("confusion.svg")).startsWith("<svg"));
    }

    @Test
    void heldOutScoringCountsEveryMessageOnce(@TempDir Path dir) {
        Evaluator.Setup setup = Evaluator.forFile("tiny", "fallback", 0.0);
        List<LabelledMessage> test = List.of(new LabelledMessage("free dentist please", "dentist", "t:1"),
                new LabelledMessage("what's the weather", "fallback", "t:2"));
        EvalReport report = Evaluator.withProgressOn(null).holdout(setup, data(), test, "t");
        assertEquals(2, report.metrics().messages());
        assertEquals(18, report.trainingExamples());
        ReportWriter.write(report, dir);
        assertTrue(Files.exists(dir.resolve("report.html")));
        assertTrue(ReportWriter.summary(report).contains("macro-F1"));
    }
}
