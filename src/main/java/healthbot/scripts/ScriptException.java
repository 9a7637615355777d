package healthbot.scripts;

import java.nio.file.Path;

/** A script cannot be read: the message names the file and line and says how to write it instead. */
public class ScriptException extends RuntimeException {

    public ScriptException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
