package healthbot.scripts;

import java.nio.file.Path;
import java.util.Set;

/**
 * How one script went.
 *
 * @param file     the script
 * @param title    its title
 * @param failure  null when it passed; otherwise where and why, several lines, first line {@code file:line: ...}
 * @param intents  content intents the bot's replies were understood as
 * @param outcomes rule outcomes the replies announced, as {@code rule OUTCOME}
 * @param nanos    how long it took (for reports only)
 */
public record ScriptResult(Path file, String title, String failure, Set<String> intents, Set<String> outcomes,
                           long nanos) {
    public ScriptResult {
        intents = Set.copyOf(intents);
        outcomes = Set.copyOf(outcomes);
    }

    public boolean passed() {
        return failure == null;
    }
}
