package healthbot.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The route table on its own: templates, named segments, and what a request no route takes gets. */
class RoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> called = new ArrayList<>();
    private final Routes routes = new Routes()
            .get("/api/things", r -> answer("list"))
            .post("/api/things", r -> answer("new " + r.body().get("name").asText()))
            .get("/api/things/{id}", r -> answer("show " + r.param("id")))
            .post("/api/things/{id}/rename", r -> answer("rename " + r.param("id")));

    private Response answer(String what) {
        called.add(what);
        return Response.ok(Map.of("did", what));
    }

    private static String text(Response r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aRequestGoesToTheRouteOfItsMethodAndPathWithItsNamedSegments() throws IOException {
        routes.dispatch("GET", "/api/things", null);
        routes.dispatch("POST", "/api/things", JSON.readTree("{\"name\": \"x\"}"));
        routes.dispatch("GET", "/api/things/c7", null);
        routes.dispatch("POST", "/api/things/c7/rename", null);
        assertEquals(List.of("list", "new x", "show c7", "rename c7"), called);
    }

    @Test
    void aPathNoRouteHasIsNotFound() throws IOException {
        for (String path : List.of("/api/", "/api/thing", "/api/things/", "/api/things//rename", "/api/things/c7/delete",
                "/api/things/c7/rename/", "/api/things/c7/rename/now")) {
            Response r = routes.dispatch("GET", path, null);
            assertEquals(404, r.status(), path);
            assertEquals("{\"error\":\"Not found.\"}", text(r), path);
        }
        assertEquals(List.of(), called);
    }

    @Test
    void aPathAskedWithAMethodItDoesNotTakeIs405AndSaysWhichItTakes() throws IOException {
        Response r = routes.dispatch("DELETE", "/api/things", null);
        assertEquals(405, r.status());
        assertEquals("{\"error\":\"DELETE is not answered at /api/things; it takes GET, POST.\"}", text(r));
        assertEquals(Map.of("Allow", "GET, POST"), r.headers());

        Response rename = routes.dispatch("GET", "/api/things/c7/rename", null);
        assertEquals(405, rename.status());
        assertEquals("GET is not answered at /api/things/c7/rename; it takes POST.",
                JSON.readTree(rename.body()).get("error").asText());
        assertEquals(List.of(), called);
    }

    @Test
    void aRouteTwiceInTheTableOrAPathWithoutASlashIsAMistakeOfTheTable() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> new Routes().get("/api/a/{id}", r -> null).get("/api/a/{id}", r -> null));
        assertEquals("the route GET /api/a/{id} is already in the table", twice.getMessage());
        IllegalArgumentException relative = assertThrows(IllegalArgumentException.class, () -> new Routes().get("api/a", r -> null));
        assertEquals("a route's path starts with '/': api/a", relative.getMessage());
    }

    @Test
    void aHandlerAskingForASegmentItsRouteDoesNotHaveIsTold() {
        Routes wrong = new Routes().get("/api/a/{id}", r -> Response.ok(r.param("chat")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> wrong.dispatch("GET", "/api/a/1", null));
        assertEquals("the route has no {chat} segment; it has [id]", e.getMessage());
    }
}
