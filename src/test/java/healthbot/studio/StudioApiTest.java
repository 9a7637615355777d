package healthbot.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import healthbot.content.ContentCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The studio API's route table over real HTTP: every route answers its method, and nothing else is taken. */
class StudioApiTest {

    @TempDir
    static Path tmp;

    private static Studio studio;
    private static RawHttp http;
    private static Map<String, String> own;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        studio = Studio.start(ContentCopy.of(tmp.resolve("intents")), 0, new PrintStream(new ByteArrayOutputStream()));
        http = new RawHttp(studio.port());
        own = Map.of("Origin", "http://127.0.0.1:" + studio.port(), Guard.TOKEN_HEADER, http.pageToken(),
                "Content-Type", "application/json");
    }

    @AfterAll
    static void stop() throws IOException {
        studio.close();
    }

    private RawHttp.Answer get(String path) throws IOException {
        return http.send("GET", path, Map.of(), null);
    }

    private RawHttp.Answer post(String path, String body) throws IOException {
        return http.send("POST", path, own, body);
    }

    /** POST /api/understanding/eval, which starts a cross-validation, is driven by {@link StudioBrowserTest}. */
    @Test
    void everyRouteOfTheTableAnswersItsMethod() throws IOException {
        assertEquals(200, get("/api/state").status());
        String chat = JSON.readTree(post("/api/chats", "{}").body()).get("id").asText();
        assertEquals(chat, JSON.readTree(get("/api/chats/" + chat).body()).get("id").asText());
        RawHttp.Answer said = post("/api/chats/" + chat + "/say", "{\"text\": \"what is the number for legevakt\"}");
        assertEquals(200, said.status(), said.body());
        assertTrue(said.body().contains("116 117"), said.body());
        assertEquals(200, get("/api/chats/" + chat + "/draft").status());
        assertEquals(200, post("/api/chats/" + chat + "/settings", "{\"now\": \"2026-11-25T09:30\"}").status());
        assertEquals(200, post("/api/chats/" + chat + "/reset", "{}").status());
        post("/api/chats/" + chat + "/say", "{\"text\": \"what is the number for legevakt\"}");
        RawHttp.Answer saved = post("/api/chats/" + chat + "/save", "{\"title\": \"Routes\"}");
        assertEquals(200, saved.status(), saved.body());
        assertEquals(200, post("/api/scripts/run", "{}").status());
        String file = JSON.readTree(saved.body()).get("file").asText();
        assertEquals(200, post("/api/scripts/replay", JSON.writeValueAsString(Map.of("file", file))).status());
        assertEquals(200, get("/api/understanding/eval").status());
        assertEquals(5, JSON.readTree(post("/api/understanding/try", "{\"text\": \"legevakt\"}").body()).get("top").size());
    }

    @Test
    void anUnknownRouteIsNotFound() throws IOException {
        for (String path : List.of("/api/", "/api/nothing", "/api/state/", "/api/chats/c1/bogus", "/api/scripts")) {
            RawHttp.Answer a = get(path);
            assertEquals(404, a.status(), path);
            assertEquals("{\"error\":\"Not found.\"}", a.body(), path);
        }
        RawHttp.Answer noChat = post("/api/chats/c999/say", "{\"text\": \"hi\"}");
        assertEquals(404, noChat.status());
        assertEquals("{\"error\":\"Not found.\"}", noChat.body());
    }

    @Test
    void aRouteAskedWithTheWrongMethodIs405AndSaysWhichMethodItTakes() throws IOException {
        RawHttp.Answer put = http.send("PUT", "/api/state", own, "{}");
        assertEquals(405, put.status());
        assertEquals("{\"error\":\"PUT is not answered at /api/state; it takes GET.\"}", put.body());
        assertEquals("GET", put.header("Allow"));

        RawHttp.Answer getSay = get("/api/chats/c1/say");
        assertEquals(405, getSay.status());
        assertEquals("{\"error\":\"GET is not answered at /api/chats/c1/say; it takes POST.\"}", getSay.body());
        assertEquals("POST", getSay.header("Allow"));

        RawHttp.Answer deleteEval = http.send("DELETE", "/api/understanding/eval", own, null);
        assertEquals(405, deleteEval.status());
        assertEquals("GET, POST", deleteEval.header("Allow"));
    }

    @Test
    void theGuardStillComesBeforeTheTable() throws IOException {
        RawHttp.Answer withoutToken = http.send("PUT", "/api/state", Map.of("Origin", "http://127.0.0.1:" + studio.port()), "{}");
        assertEquals(403, withoutToken.status(), "refused by the guard, not told which methods the route takes");
        assertEquals(421, http.send("GET", "/api/nothing", Map.of("Host", "attacker.example:" + studio.port()), null).status());
    }
}
