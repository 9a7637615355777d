package healthbot.translations;

import java.nio.file.Path;

/** A {@code reviewed.json} that cannot be read: the message says file:line:col, what is wrong and how to fix it. */
public final class ReviewFileException extends RuntimeException {

    ReviewFileException(Path file, int line, int column, String message) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message);
    }
}
