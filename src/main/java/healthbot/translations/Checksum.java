package healthbot.translations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of a text: {@code sha256:} and the first 16 hex digits of the SHA-256 of its
 * UTF-8 bytes. Enough to notice any edit of a text (a changed comma included), short enough to
 * read in {@code reviewed.json}.
 *
 * @param value the fingerprint as written in the file, e.g. {@code sha256:3f2a9c1b7d4e5f60}
 */
record Checksum(String value) {

    private static final String PREFIX = "sha256:";
    private static final int HEX_DIGITS = 16;

    static Checksum of(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new Checksum(PREFIX + HexFormat.of().formatHex(hash).substring(0, HEX_DIGITS));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code written} (read from a file) has the shape of a checksum. */
    static boolean wellFormed(String written) {
        return written != null && written.matches(PREFIX + "[0-9a-f]{" + HEX_DIGITS + "}");
    }
}
