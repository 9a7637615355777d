package healthbot.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import healthbot.clock.NorwegianHolidays;
import healthbot.content.ContentCopy;
import healthbot.content.ContentLoader;
import healthbot.nlu.Nlu;
import healthbot.scripts.ScriptResult;
import healthbot.scripts.ScriptRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Conversations with settings become scripts that the {@code test} runner passes, over the studio's HTTP API. */
class StudioScriptsTest {

    @TempDir
    static Path tmp;

    private static Studio studio;
    private static RawHttp http;
    private static Map<String, String> own;
    private static Path intents;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        intents = ContentCopy.of(tmp.resolve("intents"));
        studio = Studio.start(intents, 0, new PrintStream(new ByteArrayOutputStream()));
        http = new RawHttp(studio.port());
        own = Map.of("Origin", "http://localhost:" + studio.port(), Guard.TOKEN_HEADER, http.pageToken(),
                "Content-Type", "application/json", "Host", "localhost:" + studio.port());
    }

    @AfterAll
    static void stop() throws IOException {
        studio.close();
    }

    private JsonNode post(String path, String body) throws IOException {
        RawHttp.Answer a = http.send("POST", path, own, body);
        assertEquals(200, a.status(), a.body());
        return JSON.readTree(a.body());
    }

    @Test
    void theClockAndRegionOfAChatAreTheSavedScriptsNowAndRegionAndItPassesTest() throws IOException {
        String chat = post("/api/chats", "{}").get("id").asText();
        JsonNode configured = post("/api/chats/" + chat + "/settings", "{\"now\": \"2026-11-25T09:30\", \"region\": \"ostfold\"}");
        assertEquals("2026-11-25T09:30", configured.get("now").asText());
        post("/api/chats/" + chat + "/say", "{\"text\": \"is the dentist free for me?\"}");
        JsonNode decided = post("/api/chats/" + chat + "/say", "{\"text\": \"2006\"}");
        assertEquals("YOUTH_DISCOUNT", decided.get("why").get("outcome").asText(), "the region was known: not asked");
        assertTrue(decided.get("why").get("reasons").size() > 0);

        JsonNode saved = post("/api/chats/" + chat + "/save", "{\"title\": \"Østfold 19-åringer\"}");
        assertEquals("intents/tests/ostfold_19_aringer.convo", saved.get("file").asText());
        assertTrue(saved.get("passed").asBoolean());
        Path file = intents.getParent().resolve(saved.get("file").asText());
        String script = Files.readString(file);
        assertTrue(script.contains("title: Østfold 19-åringer\nnow: 2026-11-25T09:30\nregion: ostfold\n"), script);
        assertTrue(script.contains("> 2006\n< intent: dental_free\n< asks: nothing\n< outcome: YOUTH_DISCOUNT\n"), script);
        assertTrue(script.endsWith("< contains: 75\n"), script);
        assertFalse(script.contains("year-olds"), "numbers, not words: " + script);

        var content = ContentLoader.load(intents);
        ScriptResult run = new ScriptRunner(content, Nlu.train(content), new NorwegianHolidays()).run(file);
        assertNull(run.failure());

        JsonNode again = post("/api/chats/" + chat + "/save", "{\"title\": \"Østfold 19-åringer\"}");
        assertEquals("intents/tests/ostfold_19_aringer_2.convo", again.get("file").asText(), "never overwrites");
    }

    @Test
    void aBadClockIsRefusedInPlainWordsAndTheChatKeepsItsSettings() throws IOException {
        String chat = post("/api/chats", "{}").get("id").asText();
        String now = JSON.readTree(http.send("GET", "/api/chats/" + chat, Map.of(), null).body()).get("now").asText();
        RawHttp.Answer bad = http.send("POST", "/api/chats/" + chat + "/settings", own, "{\"now\": \"next tuesday\"}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("Cannot read the time 'next tuesday'"), bad.body());
        assertEquals(now, JSON.readTree(http.send("GET", "/api/chats/" + chat, Map.of(), null).body()).get("now").asText());
        RawHttp.Answer region = http.send("POST", "/api/chats/" + chat + "/settings", own, "{\"region\": \"oslo\"}");
        assertEquals(400, region.status());
    }

    @Test
    void anEmergencyAnswerAppearsAsOnTelegramAndWhyNamesTheTriggerWord() throws IOException {
        String chat = post("/api/chats", "{}").get("id").asText();
        post("/api/chats/" + chat + "/say", "{\"text\": \"how much does physiotherapy cost\"}");
        JsonNode e = post("/api/chats/" + chat + "/say", "{\"text\": \"min mann puster ikke\"}");
        assertTrue(e.get("messages").get(0).get("text").asText().startsWith("113"), e.toString());
        assertEquals("emergency", e.get("why").get("intent").asText());
        assertEquals("puster ikke", e.get("why").get("emergencyTrigger").asText());
        assertEquals("nb", e.get("why").get("languageDetected").asText());
    }

    @Test
    void anEmptyConversationCannotBeSaved() throws IOException {
        String chat = post("/api/chats", "{}").get("id").asText();
        RawHttp.Answer a = http.send("POST", "/api/chats/" + chat + "/save", own, "{}");
        assertEquals(400, a.status());
        assertTrue(a.body().contains("nothing to save"), a.body());
        assertFalse(a.body().contains("Exception"));
    }
}
