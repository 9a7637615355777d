package healthbot.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import healthbot.TestBots;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pins the {@code chat --jsonl} contract of design.md: outside tooling depends on its exact shape. */
class JsonlChatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> run(String... lines) throws Exception {
        return run(false, lines);
    }

    private static List<JsonNode> run(boolean why, String... lines) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new JsonlChat(TestBots.bot(), why).run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), out);
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void writesExactlyOneObjectPerInputLineWithTheContractsFieldsInOrder() throws Exception {
        List<JsonNode> out = run("what is the emergency number", "", "{\"chat\": \"42\", \"text\": \"hello\"}", "😀");
        assertEquals(4, out.size());
        for (JsonNode o : out) {
            List<String> fields = new ArrayList<>();
            Iterator<String> names = o.fieldNames();
            names.forEachRemaining(fields::add);
            assertEquals(List.of("chat", "replies", "intent", "confidence", "awaiting"), fields);
            assertTrue(o.get("replies").isArray() && o.get("replies").size() >= 1);
            for (JsonNode r : o.get("replies")) {
                List<String> replyFields = new ArrayList<>();
                r.fieldNames().forEachRemaining(replyFields::add);
                assertEquals(List.of("text", "buttons"), replyFields);
                assertTrue(r.get("buttons").isArray());
            }
            double confidence = o.get("confidence").asDouble();
            assertTrue(confidence >= 0 && confidence <= 1, "confidence in 0..1");
        }
    }

    @Test
    void withWhyEachAnswerGetsOneMoreFieldAfterTheContractsShowingTheGradeTheSignsAndWhyThisNumber() throws Exception {
        List<JsonNode> out = run(true, "my dad's face is drooping and he can't lift his arm",
                "no chest pain, just a cough for two weeks", "/help");
        for (JsonNode o : out) {
            List<String> fields = new ArrayList<>();
            o.fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("chat", "replies", "intent", "confidence", "awaiting", "why"), fields);
        }
        JsonNode red = out.get(0).get("why").get("triage");
        assertEquals("RED", red.get("grade").asText());
        assertEquals("EMERGENCY", red.get("urgency").asText());
        assertTrue(red.get("matched").size() >= 1, red.toString());
        assertTrue(red.get("because").asText().contains("113 first"), red.toString());
        JsonNode negated = out.get(1).get("why").get("triage");
        assertTrue(negated.get("discounted").toString().contains("negated"), negated.toString());
        assertTrue(out.get(2).get("why").get("triage").isNull(), "a command is not graded");
    }

    @Test
    void plainTextGoesToChatLocalAndJsonObjectsToTheirChat() throws Exception {
        List<JsonNode> out = run("hello", "{\"chat\": \"alice\", \"text\": \"hello\"}", "{\"chat\": 7, \"text\": \"hi\"}");
        assertEquals("local", out.get(0).get("chat").asText());
        assertEquals("alice", out.get(1).get("chat").asText());
        assertEquals("7", out.get(2).get("chat").asText());
    }

    @Test
    void emergencyNumberComesFirst() throws Exception {
        JsonNode o = run("what is the emergency number").get(0);
        assertEquals("emergency", o.get("intent").asText());
        assertTrue(o.get("replies").get(0).get("text").asText().startsWith("113"));
        assertTrue(o.get("awaiting").isNull());
    }

    @Test
    void awaitingNamesTheSlotAskedAndIsNullOnAFinalAnswer() throws Exception {
        List<JsonNode> out = run("is the dentist free for me?", "2010");
        assertEquals("birth_year", out.get(0).get("awaiting").asText());
        assertEquals("dental_free", out.get(0).get("intent").asText());
        assertTrue(out.get(1).get("awaiting").isNull());
        assertTrue(out.get(1).get("replies").get(0).get("text").asText().contains("18"));
    }

    @Test
    void sendingAButtonsExactLabelWorksAsPressingIt() throws Exception {
        List<JsonNode> out = run("is the dentist free for me?", "I'm 19", "Østfold");
        assertEquals("region", out.get(1).get("awaiting").asText());
        JsonNode regionButtons = out.get(1).get("replies").get(0).get("buttons");
        assertTrue(regionButtons.toString().contains("Østfold"));
        String decision = out.get(2).get("replies").get(0).get("text").asText();
        assertTrue(decision.contains("in Østfold the discount is 75 %"), decision);
    }

    @Test
    void eachChatIdHasItsOwnSession() throws Exception {
        List<JsonNode> out = run("{\"chat\": \"a\", \"text\": \"is the dentist free for me?\"}",
                "{\"chat\": \"b\", \"text\": \"hello\"}",
                "{\"chat\": \"a\", \"text\": \"2012\"}");
        assertEquals("birth_year", out.get(0).get("awaiting").asText());
        assertTrue(out.get(1).get("awaiting").isNull());
        assertEquals("dental_free", out.get(2).get("intent").asText());
        assertTrue(out.get(2).get("awaiting").isNull());
    }

    @Test
    void aLineThatStartsWithABraceButIsNotJsonGetsAnErrorObjectAsDesignMdSays() throws Exception {
        JsonNode o = run("{not json at all}").get(0);
        assertTrue(o.get("chat").isNull());
        assertEquals("invalid JSON", o.get("error").asText());
        assertEquals(0, o.get("replies").size());
    }

    @Test
    void outOfScopeIsReportedAsFallback() throws Exception {
        JsonNode o = run("what will the weather be tomorrow").get(0);
        assertEquals("fallback", o.get("intent").asText());
        assertTrue(o.get("replies").get(0).get("text").asText().contains("113"));
    }
}
