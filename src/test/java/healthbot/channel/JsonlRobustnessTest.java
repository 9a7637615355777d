package healthbot.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import healthbot.TestBots;
import healthbot.dialogue.Bot;
import healthbot.testsupport.Gen;
import healthbot.testsupport.Property;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static healthbot.testsupport.Gen.weighted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSONL console writes exactly one JSON object per input line, whatever the line holds: a
 * message, invalid JSON, wrong types, deep nesting, a megabyte of text. A line it cannot read gets
 * the contract's error object, and nothing resembling a stack trace ever reaches stdout.
 */
class JsonlRobustnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Bot BOT = TestBots.bot();

    private static List<String> run(List<String> lines) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new JsonlChat(BOT).run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), out);
        String all = bytes.toString(StandardCharsets.UTF_8);
        return all.isEmpty() ? List.of() : List.of(all.split("\n", -1)).subList(0, all.split("\n", -1).length - 1);
    }

    private static JsonNode only(String line) throws Exception {
        List<String> out = run(List.of(line));
        assertEquals(1, out.size(), out.toString());
        return JSON.readTree(out.get(0));
    }

    @Test
    void aLineThatIsNotAMessageObjectGetsTheErrorObjectOfTheContract() throws Exception {
        JsonNode o = only("{\"chat\":\"x\"}");
        List<String> fields = new ArrayList<>();
        o.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("chat", "error", "replies", "intent", "confidence", "awaiting"), fields);
        assertEquals("x", o.get("chat").asText());
        assertEquals(0, o.get("replies").size());
        assertTrue(o.get("intent").isNull() && o.get("awaiting").isNull());
        assertEquals(0.0, o.get("confidence").asDouble());
    }

    @Test
    void wrongTypesInvalidJsonAndArraysAreErrorsThatNameTheProblem() throws Exception {
        assertEquals("invalid JSON", only("{\"chat\": \"a\", \"text\": ").get("error").asText());
        assertEquals("\"text\" must be a string", only("{\"chat\": \"a\", \"text\": 42}").get("error").asText());
        assertEquals("\"chat\" must be a string or a number", only("{\"chat\": [1], \"text\": \"hi\"}").get("error").asText());
        assertTrue(only("{\"chat\": {\"x\": 1}, \"text\": \"hi\"}").get("chat").isNull());
        assertEquals("no \"text\"", only("{}").get("error").asText());
        assertTrue(only("{}").get("chat").isNull(), "no chat id was given");
    }

    @Test
    void anErrorLineChangesNoSession() throws Exception {
        List<String> out = run(List.of("{\"chat\":\"s\",\"text\":\"is the dentist free for me?\"}",
                "{\"chat\":\"s\",\"text\":null}", "{\"chat\":\"s\",\"text\":\"2010\"}"));
        assertEquals("birth_year", JSON.readTree(out.get(0)).get("awaiting").asText());
        assertTrue(JSON.readTree(out.get(1)).has("error"));
        assertEquals("FREE", JSON.readTree(out.get(2)).get("replies").get(0).get("text").asText().contains("18") ? "FREE" : "-");
    }

    @Test
    void deepNestingAndAMegabyteOfTextEachGetOneLine() throws Exception {
        String deep = "{\"chat\":\"d\",\"text\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertTrue(only(deep).has("error"));
        String megabyte = "a".repeat(1 << 20);
        assertEquals("local", only(megabyte).get("chat").asText());
        JsonNode big = only("{\"chat\":\"m\",\"text\":\"" + "dentist ".repeat(1 << 17) + "\"}");
        assertFalse(big.has("error"));
    }

    /** Input lines: text, text after "{", text as a JSON value, proper messages, odd objects, deep arrays. */
    private static Gen<List<String>> lines() {
        Gen<String> text = Gen.strings(Gen.anyChar(), 0, 60);
        Gen<String> line = Gen.frequency(
                weighted(3, text),
                weighted(2, text.map(t -> "{" + t)),
                weighted(2, text.map(t -> "{\"chat\":\"j\",\"text\":" + t + "}")),
                weighted(2, text.map(t -> {
                    try {
                        return JSON.writeValueAsString(java.util.Map.of("chat", "j", "text", t));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })),
                weighted(1, Gen.oneOf("{\"chat\":1.5e999,\"text\":\"x\"}", "{\"chat\":true,\"text\":\"x\"}",
                        "{\"text\":{\"a\":1}}", "[1,2]", "{\"chat\":null,\"text\":\"hi\"}", "{\"a\":1}{\"b\":2}", "{\"text\":\"\\ud800\"}",
                        "{\"chat\":\"j\",\"text\":\"hi\"} trailing", "{\"chat\":\"" + "9".repeat(2000) + "\",\"text\":\"x\"}")),
                weighted(1, Gen.integers(1, 3000).map(n -> "[".repeat(n) + "{")));
        return line.map(l -> l.replace('\n', ' ').replace('\r', ' ')).list(1, 8);
    }

    @Test
    void exactlyOneJsonObjectPerInputLineAndNoStackTraceOnStdout() {
        Property.forAll(lines()).tries(200).check(lines -> {
            List<String> out = run(lines);
            assertEquals(lines.size(), out.size(), "lines in " + lines + " out " + out);
            for (String o : out) {
                JsonNode node = JSON.readTree(o);
                assertTrue(node.isObject() && node.has("chat") && node.has("replies") && node.has("awaiting"), o);
                assertFalse(o.contains("Exception") || o.contains("\tat "), o);
            }
        });
    }
}
