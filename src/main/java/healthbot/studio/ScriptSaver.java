package healthbot.studio;

import healthbot.scripts.Script;
import healthbot.scripts.ScriptException;
import healthbot.scripts.ScriptParser;
import healthbot.scripts.ScriptResult;
import healthbot.scripts.ScriptRunner;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves a script drafted from a conversation as a new {@code .convo} file in the content's
 * {@code tests/} folder. The name comes from the title through {@link ScriptText#fileStem} and is
 * never an existing file (a number is added); the script is played before it is written, and is
 * not written when it would fail, so a saved script passes {@code test} at once. It is written
 * through {@link ContentFiles}, as every file the studio writes.
 */
final class ScriptSaver {

    /**
     * What happened.
     *
     * @param file    the new file, relative to the content folder's parent (null when not saved)
     * @param passed  whether the script passed (it is only saved when it does)
     * @param failure why it failed, as {@code test} prints it, or null
     */
    record Saved(String file, boolean passed, String failure) {}

    private final Path testsDir;
    private final ContentFiles files;

    ScriptSaver(Path contentDir) {
        this.testsDir = contentDir.resolve("tests").toAbsolutePath().normalize();
        this.files = new ContentFiles(contentDir);
    }

    Saved save(String title, String text, ScriptRunner runner) throws IOException {
        Files.createDirectories(testsDir);
        String stem = ScriptText.fileStem(title);
        for (int n = 1; n < 1000; n++) {
            Path file = testsDir.resolve(stem + (n == 1 ? "" : "_" + n) + ScriptParser.EXTENSION).normalize();
            if (!file.getParent().equals(testsDir)) {
                throw new IllegalStateException("refusing to write outside " + testsDir + ": " + file);
            }
            if (Files.exists(file)) {
                continue;
            }
            ScriptResult before;
            try {
                Script script = ScriptParser.parse(file, text);
                before = runner.run(script);
            } catch (ScriptException e) {
                return new Saved(null, false, e.getMessage());
            }
            if (!before.passed()) {
                return new Saved(null, false, before.failure());
            }
            try {
                files.createNew(file, text);
            } catch (FileAlreadyExistsException raced) {
                continue;
            }
            ScriptResult after = runner.run(file);
            return new Saved(shown(file), after.passed(), after.failure());
        }
        throw new IllegalStateException("999 scripts named " + stem + " already exist in " + testsDir + "; choose another title");
    }

    private String shown(Path file) {
        Path base = testsDir.getParent().getParent();
        return base == null ? file.toString() : base.relativize(file).toString();
    }
}
