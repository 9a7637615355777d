package healthbot.scripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds script files: a path is a script itself or a folder searched for {@code *.convo} at any depth. */
public final class ScriptFiles {

    private ScriptFiles() {
    }

    /**
     * @throws IllegalArgumentException when a path does not exist
     */
    public static List<Path> find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                files.add(p);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().endsWith(ScriptParser.EXTENSION))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                throw new IllegalArgumentException("no script or folder '" + p + "'; give a "
                        + ScriptParser.EXTENSION + " file or a folder of them (default intents/tests)");
            }
        }
        return files;
    }
}
