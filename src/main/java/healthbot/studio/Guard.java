package healthbot.studio;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The studio's request rules. Any web page the staff member visits can send requests to a
 * server on 127.0.0.1, so:
 * <ul>
 *   <li>{@code Host} must be {@code 127.0.0.1:PORT} or {@code localhost:PORT}: a page on another
 *       name that resolves to 127.0.0.1 (DNS rebinding) is refused;</li>
 *   <li>a state-changing request (anything but GET/HEAD) must carry the token of this start in
 *       {@code X-Studio-Token} (the page gets it from the server; other sites cannot read it) and an
 *       {@code Origin} of this server;</li>
 *   <li>bodies are at most {@link #MAX_BODY_BYTES}.</li>
 * </ul>
 */
final class Guard {

    static final int MAX_BODY_BYTES = 64 * 1024;
    static final String TOKEN_HEADER = "X-Studio-Token";

    /** Why a request is refused: the HTTP status and a plain sentence. */
    record Refusal(int status, String message) {}

    private final Set<String> hosts;
    private final Set<String> origins;
    private final String token;

    Guard(int port) {
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
    }

    String token() {
        return token;
    }

    /**
     * @param method        the request method
     * @param host          the Host header, or null
     * @param origin        the Origin header, or null
     * @param requestToken  the {@value #TOKEN_HEADER} header, or null
     * @param contentLength the declared body length, or -1 when not declared
     */
    Optional<Refusal> check(String method, String host, String origin, String requestToken, long contentLength) {
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of(new Refusal(421, "This studio answers only at http://127.0.0.1 or http://localhost "
                    + "with its own port; the address used was " + (host == null ? "missing" : "'" + host + "'") + "."));
        }
        if (contentLength > MAX_BODY_BYTES) {
            return Optional.of(tooLarge());
        }
        if (method.equals("GET") || method.equals("HEAD")) {
            return Optional.empty();
        }
        if (origin == null || !origins.contains(origin.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of(new Refusal(403, "Refused: this change did not come from the studio's own page "
                    + "(Origin " + (origin == null ? "missing" : "'" + origin + "'") + ")."));
        }
        if (requestToken == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                requestToken.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(new Refusal(403, "Refused: the request has no valid studio token; reload the page."));
        }
        return Optional.empty();
    }

    static Refusal tooLarge() {
        return new Refusal(413, "Refused: the request is larger than " + MAX_BODY_BYTES / 1024 + " KB.");
    }
}
