package healthbot.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import healthbot.content.ContentCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The studio's request rules, over real HTTP on a loopback port. */
class StudioSecurityTest {

    @TempDir
    static Path tmp;

    private static Studio studio;
    private static RawHttp http;
    private static String token;
    private static Path intents;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        intents = ContentCopy.of(tmp.resolve("intents"));
        studio = Studio.start(intents, 0, new PrintStream(new ByteArrayOutputStream()));
        http = new RawHttp(studio.port());
        token = http.pageToken();
    }

    @AfterAll
    static void stop() throws IOException {
        studio.close();
    }

    private Map<String, String> own() {
        return Map.of("Origin", "http://127.0.0.1:" + studio.port(), Guard.TOKEN_HEADER, token,
                "Content-Type", "application/json");
    }

    private int chatCount() throws IOException {
        return JSON.readTree(http.send("GET", "/api/state", Map.of(), null).body()).get("chats").size();
    }

    @Test
    void thePageIsServedAtBothLocalNamesOfItsOwnPort() throws IOException {
        assertEquals(200, http.send("GET", "/", Map.of("Host", "localhost:" + studio.port()), null).status());
        assertEquals(200, http.send("GET", "/studio.js", Map.of("Host", "127.0.0.1:" + studio.port()), null).status());
    }

    @Test
    void aForeignHostIsRefusedAgainstDnsRebinding() throws IOException {
        RawHttp.Answer rebound = http.send("GET", "/api/state", Map.of("Host", "attacker.example:" + studio.port()), null);
        assertEquals(421, rebound.status());
        assertTrue(rebound.body().contains("attacker.example"), rebound.body());
        assertEquals(421, http.send("GET", "/", Map.of("Host", "127.0.0.1:" + (studio.port() + 1)), null).status());
        assertEquals(421, http.send("POST", "/api/chats", Map.of("Host", "127.0.0.1"), "{}").status());
    }

    @Test
    void aChangeWithoutTheTokenIsRefusedAndChangesNothing() throws IOException {
        int before = chatCount();
        RawHttp.Answer a = http.send("POST", "/api/chats", Map.of("Origin", "http://127.0.0.1:" + studio.port()), "{}");
        assertEquals(403, a.status());
        assertTrue(a.body().contains("token"), a.body());
        RawHttp.Answer wrong = http.send("POST", "/api/chats", Map.of("Origin", "http://127.0.0.1:" + studio.port(),
                Guard.TOKEN_HEADER, "0".repeat(48)), "{}");
        assertEquals(403, wrong.status());
        assertEquals(before, chatCount());
    }

    @Test
    void aChangeFromAnotherOriginIsRefusedEvenWithTheToken() throws IOException {
        int before = chatCount();
        assertEquals(403, http.send("POST", "/api/chats", Map.of("Origin", "http://attacker.example",
                Guard.TOKEN_HEADER, token), "{}").status());
        assertEquals(403, http.send("POST", "/api/chats", Map.of("Origin", "null", Guard.TOKEN_HEADER, token), "{}").status());
        assertEquals(403, http.send("POST", "/api/chats", Map.of(Guard.TOKEN_HEADER, token), "{}").status());
        assertEquals(before, chatCount());
        assertEquals(200, http.send("POST", "/api/chats", own(), "{}").status());
    }

    @Test
    void anOversizedBodyIsRefused() throws IOException {
        String big = "{\"text\": \"" + "a".repeat(Guard.MAX_BODY_BYTES) + "\"}";
        String chat = JSON.readTree(http.send("POST", "/api/chats", own(), "{}").body()).get("id").asText();
        assertEquals(413, http.send("POST", "/api/chats/" + chat + "/say", own(), big).status());
        Map<String, String> chunked = new java.util.HashMap<>(own());
        chunked.put("Transfer-Encoding", "chunked");
        assertEquals(413, http.send("POST", "/api/chats/" + chat + "/say", chunked, big).status());
        JsonNode transcript = JSON.readTree(http.send("GET", "/api/chats/" + chat, Map.of(), null).body());
        assertEquals(0, transcript.get("exchanges").size(), "nothing was said");
    }

    @Test
    void pathTricksInAScriptTitleCannotLeaveTheTestsFolder() throws IOException {
        String chat = JSON.readTree(http.send("POST", "/api/chats", own(), "{}").body()).get("id").asText();
        assertEquals(200, http.send("POST", "/api/chats/" + chat + "/say", own(), "{\"text\": \"legevakt\"}").status());
        RawHttp.Answer saved = http.send("POST", "/api/chats/" + chat + "/save", own(),
                "{\"title\": \"../../../tmp/evil\\u0000/..\\\\x.convo\\nnow: 1999\"}");
        assertEquals(200, saved.status(), saved.body());
        String file = JSON.readTree(saved.body()).get("file").asText();
        assertTrue(file.matches("intents/tests/[a-z0-9_]+\\.convo"), file);
        Path written = intents.getParent().resolve(file);
        assertTrue(Files.isRegularFile(written));
        String text = Files.readString(written);
        assertTrue(text.contains("title: ../../../tmp/evil /..\\x.convo now: 1999\n"), "the title is one line: " + text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("now:")).count(), text);
        try (Stream<Path> all = Files.walk(tmp)) {
            List<Path> outside = all.filter(p -> p.toString().endsWith(".convo"))
                    .filter(p -> !p.getParent().equals(intents.resolve("tests"))).toList();
            assertEquals(List.of(), outside);
        }
    }

    @Test
    void replayAndStaticFilesNeverFollowAPathFromTheRequest() throws IOException {
        RawHttp.Answer replay = http.send("POST", "/api/scripts/replay", own(), "{\"file\": \"intents/tests/../facts.json\"}");
        assertEquals(404, replay.status(), replay.body());
        assertEquals(404, http.send("POST", "/api/scripts/replay", own(), "{\"file\": \"/etc/passwd\"}").status());
        assertEquals(404, http.send("GET", "/../pom.xml", Map.of(), null).status());
        assertEquals(404, http.send("GET", "/studio.js/../../intents/facts.json", Map.of(), null).status());
        assertEquals(404, http.send("GET", "/%2e%2e/%2e%2e/pom.xml", Map.of(), null).status());
        assertEquals(404, http.send("GET", "/api/chats/..%2f..%2fpom.xml", Map.of(), null).status());
    }
}
