package healthbot.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The page's files, read from the jar ({@code /studio/}). Only the names listed here are served;
 * a request path is never turned into a file path.
 */
final class StaticFiles {

    private static final Map<String, String> FILES = Map.of(
            "/studio.css", "text/css; charset=utf-8",
            "/studio.js", "text/javascript; charset=utf-8",
            "/i18n.js", "text/javascript; charset=utf-8",
            "/page.js", "text/javascript; charset=utf-8",
            "/inbox.js", "text/javascript; charset=utf-8");

    private static final String TOKEN_PLACEHOLDER = "{{TOKEN}}";

    private StaticFiles() {
    }

    /** The page, with this start's token in a meta element for the script to send back. */
    static Response page(String token) {
        return Response.file("text/html; charset=utf-8", read("index.html").replace(TOKEN_PLACEHOLDER, token));
    }

    static Optional<Response> get(String path) {
        String type = FILES.get(path);
        return type == null ? Optional.empty() : Optional.of(Response.file(type, read(path.substring(1))));
    }

    private static String read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/studio/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no /studio/" + name + "; rebuild it with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /studio/" + name + " from the jar", e);
        }
    }
}
