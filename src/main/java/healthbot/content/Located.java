package healthbot.content;

import java.nio.file.Path;

/**
 * A value read from a content file, with where it was written (for problems and for the studio).
 *
 * @param value  the value
 * @param file   the file
 * @param line   1-based line
 * @param column 1-based column
 */
public record Located<T>(T value, Path file, int line, int column) {

    Problem problem(String message) {
        return new Problem(file, line, column, message);
    }
}
