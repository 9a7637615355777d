package healthbot.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A temporary copy of the shipped {@code intents/}, or of the test fixture, that a test may break. */
public final class ContentCopy {

    /** The tiny content of the engine and validator tests: six intents, one flow, English and the made-up Zedish. */
    public static final Path FIXTURE = Path.of("src/test/resources/fixture/intents");

    private ContentCopy() {
    }

    public static Path of(Path target) {
        return copy(Path.of("intents"), target);
    }

    /** A copy of {@link #FIXTURE}. */
    public static Path fixture(Path target) {
        return copy(FIXTURE, target);
    }

    private static Path copy(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Replaces the first occurrence of {@code from} in a file of the copy; fails when it is not there. */
    public static void replace(Path dir, String file, String from, String to) {
        Path p = dir.resolve(file);
        try {
            String text = Files.readString(p);
            if (!text.contains(from)) {
                throw new AssertionError(file + " no longer contains \"" + from + "\"; update the test");
            }
            Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
