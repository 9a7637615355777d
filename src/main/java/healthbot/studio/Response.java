package healthbot.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/** An HTTP answer: status, content type, body, and any headers of its own (such as {@code Allow}). */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final ObjectMapper JSON = new ObjectMapper();

    Response {
        headers = Map.copyOf(headers);
    }

    Response(int status, String contentType, byte[] body) {
        this(status, contentType, body, Map.of());
    }

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

    /** 405 for a path that exists but not for this method; {@code Allow} lists the ones it takes. */
    static Response methodNotAllowed(String method, String path, Set<String> allowed) {
        String methods = String.join(", ", allowed);
        Response r = error(405, method + " is not answered at " + path + "; it takes " + methods + ".");
        return new Response(r.status(), r.contentType(), r.body(), Map.of("Allow", methods));
    }

    static Response file(String contentType, String text) {
        return new Response(200, contentType, text.getBytes(StandardCharsets.UTF_8));
    }
}
