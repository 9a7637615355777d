package healthbot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Adds sections to {@code report.json} beside the ones {@link ReportWriter} writes (the emergency
 * scores, the out-of-domain shares), so those stay one file without every evaluation carrying them.
 */
public final class ReportExtras {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportExtras() {
    }

    /** Adds (or replaces) the top-level field {@code name} of {@code dir/report.json}, which must exist. */
    public static void add(Path dir, String name, Object value) {
        Path file = dir.resolve("report.json");
        try {
            ObjectNode report = (ObjectNode) JSON.readTree(file.toFile());
            report.set(name, JSON.valueToTree(value));
            JSON.writeValue(file.toFile(), report);
        } catch (IOException | ClassCastException e) {
            throw new UncheckedIOException("cannot add \"" + name + "\" to " + file + " (written by eval just before): "
                    + e.getMessage(), e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** Writes {@code dir/report.json} holding only the field {@code name}. @return its path */
    public static Path writeOnly(Path dir, String name, Object value) {
        Path file = dir.resolve("report.json");
        try {
            Files.createDirectories(dir);
            ObjectNode report = JSON.createObjectNode();
            report.set(name, JSON.valueToTree(value));
            JSON.writeValue(file.toFile(), report);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
