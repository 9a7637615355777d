package healthbot.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An HTTP answer: status, content type and body. */
record Response(int status, String contentType, byte[] body) {

    static final ObjectMapper JSON = new ObjectMapper();

    static Response json(int status, Object value) {
        try {
            return new Response(status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static Response ok(Object value) {
        return json(200, value);
    }

    /** A refusal or mistake, as {@code {"error": "..."}} in plain words. */
    static Response error(int status, String message) {
        return json(status, Map.of("error", message));
    }

    static Response notFound() {
        return error(404, "Not found.");
    }

    static Response file(String contentType, String text) {
        return new Response(200, contentType, text.getBytes(StandardCharsets.UTF_8));
    }
}
