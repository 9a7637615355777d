package healthbot.studio;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A route table: a method and a path template per handler, as in {@code POST /api/chats/{id}/say}.
 * A template segment {@code {name}} matches one non-empty segment of the raw path and is handed to
 * the handler by that name; every other segment must be equal. A path that no route has is 404;
 * a path that some route has, asked with another method, is 405 and says which methods it takes.
 */
final class Routes {

    /** What a handler gets: the request's JSON body (null when there was none) and the path's named segments. */
    record Request(JsonNode body, Map<String, String> params) {
        String param(String name) {
            String value = params.get(name);
            if (value == null) {
                throw new IllegalStateException("the route has no {" + name + "} segment; it has " + params.keySet());
            }
            return value;
        }
    }

    /** Answers one route's requests. */
    @FunctionalInterface
    interface Handler {
        Response handle(Request request) throws IOException;
    }

    private record Route(String method, String template, List<String> segments, Handler handler) {

        /** The named segments of {@code path} when it fits this template. */
        Optional<Map<String, String>> match(List<String> path) {
            if (path.size() != segments.size()) {
                return Optional.empty();
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < segments.size(); i++) {
                String want = segments.get(i);
                String got = path.get(i);
                if (isParam(want)) {
                    if (got.isEmpty()) {
                        return Optional.empty();
                    }
                    params.put(want.substring(1, want.length() - 1), got);
                } else if (!want.equals(got)) {
                    return Optional.empty();
                }
            }
            return Optional.of(params);
        }
    }

    private final List<Route> routes = new ArrayList<>();

    Routes get(String template, Handler handler) {
        return add("GET", template, handler);
    }

    Routes post(String template, Handler handler) {
        return add("POST", template, handler);
    }

    private Routes add(String method, String template, Handler handler) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a route's path starts with '/': " + template);
        }
        for (Route r : routes) {
            if (r.method().equals(method) && r.template().equals(template)) {
                throw new IllegalArgumentException("the route " + method + " " + template + " is already in the table");
            }
        }
        routes.add(new Route(method, template, segments(template), handler));
        return this;
    }

    /** The answer of the route for {@code method} and the raw {@code path}, or 404 / 405 when there is none. */
    Response dispatch(String method, String path, JsonNode body) throws IOException {
        List<String> segments = segments(path);
        Set<String> allowed = new LinkedHashSet<>();
        for (Route r : routes) {
            Optional<Map<String, String>> params = r.match(segments);
            if (params.isEmpty()) {
                continue;
            }
            if (r.method().equals(method)) {
                return r.handler().handle(new Request(body, params.get()));
            }
            allowed.add(r.method());
        }
        if (allowed.isEmpty()) {
            return Response.notFound();
        }
        return Response.methodNotAllowed(method, path, allowed);
    }

    private static List<String> segments(String path) {
        return List.of(path.substring(1).split("/", -1));
    }

    private static boolean isParam(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }
}
