package healthbot.content;

import java.nio.file.Path;

/**
 * One thing wrong with the content, located as precisely as we can.
 *
 * @param file    the file, relative to the content directory's parent where possible
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong and how to fix it
 */
public record Problem(Path file, int line, int column, String message) {

    /** A problem at character {@code offset} of {@code text}, the contents of {@code file}. */
    static Problem at(Path file, String text, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Problem(file, line, offset - lineStart + 1, message);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file.toString());
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(message).toString();
    }
}
