package healthbot.scripts;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.store.ConversationStore;
import healthbot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every shipped script passes when each message's session goes through a SQLite file and the
 * session codec, as on Telegram: nothing a conversation needs is lost between messages.
 */
class ScriptsThroughTheStoreTest {

    @TempDir
    Path dir;

    @Test
    void everyShippedScriptPassesWithSessionsInASqliteFileAndLeavesNoSessionBehind() {
        try (ConversationStore store = Stores.sqlite(dir.resolve("scripts.db"))) {
            ScriptRunner runner = new ScriptRunner(TestBots.content(), TestBots.nlu(), new NorwegianHolidays(), store);
            List<String> failures = new ArrayList<>();
            for (Path file : ScriptFiles.find(List.of(Path.of("intents", "tests")))) {
                ScriptResult r = runner.run(file);
                if (!r.passed()) {
                    failures.add(file.getFileName() + ": " + r.failure());
                }
            }
            assertEquals(List.of(), failures);
            assertEquals(0, store.sessionCount());
        }
    }
}
