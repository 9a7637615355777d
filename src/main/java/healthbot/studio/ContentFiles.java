package healthbot.studio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The studio's one way of writing into the content folder: a file is only ever written inside
 * that folder, a new file never replaces an existing one ({@code CREATE_NEW}), and a replaced file
 * is written whole to a temporary file beside it and moved over it in one step, so the content
 * watcher never reads half a file. The callers check before writing and after; {@link #restore}
 * puts a replaced file back when the check after fails.
 */
final class ContentFiles {

    private final Path root;

    ContentFiles(Path contentDir) {
        this.root = contentDir.toAbsolutePath().normalize();
    }

    /** {@code file}, refused when it is not inside the content folder. */
    Path inside(Path file) {
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(root)) {
            throw new IllegalStateException("refusing to write outside " + root + ": " + f);
        }
        return f;
    }

    /** Writes a new file; throws {@link java.nio.file.FileAlreadyExistsException} when one exists. */
    void createNew(Path file, String text) throws IOException {
        try (OutputStream out = Files.newOutputStream(inside(file), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Replaces {@code file}'s text at once; returns its text before, for {@link #restore}. */
    String replace(Path file, String text) throws IOException {
        Path f = inside(file);
        String before = Files.readString(f, StandardCharsets.UTF_8);
        Path tmp = f.resolveSibling("." + f.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
        }
        return before;
    }

    /** Puts back the text {@link #replace} returned. */
    void restore(Path file, String before) throws IOException {
        replace(file, before);
    }
}
