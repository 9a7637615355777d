package healthbot.app;

import healthbot.testsupport.ConsoleCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --db FILE}: chat and test keep sessions in a SQLite file instead of in memory. */
class StoreOptionTest {

    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private String chat(Path db, String input) {
        console.reset();
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, Main.run("chat", "--jsonl", "--now", "2026-11-21T12:00:00", "--db", db.toString()));
        return console.out();
    }

    @Test
    void aSecondChatProcessOverTheSameFileContinuesTheFlow() {
        Path db = tmp.resolve("sessions/chat.db");
        String first = chat(db, "{\"chat\":\"11\",\"text\":\"travel refund for dentist\"}\n");
        assertTrue(first.contains("\"awaiting\":\"free_care\""), first);
        String second = chat(db, "{\"chat\":\"11\",\"text\":\"Yes\"}\n");
        assertTrue(second.contains("\"awaiting\":\"specialist\""), second);
        assertTrue(Files.isRegularFile(db));
    }

    @Test
    void testWithDbPassesAndLeavesNoSessionInTheFile() throws Exception {
        Path db = tmp.resolve("scripts.db");
        Path script = tmp.resolve("travel.convo");
        Files.writeString(script, "start: dental_travel\n< asks: free_care\n> Yes\n> No\n> No\n> Own car\n> 174 km\n"
                + "< outcome: REFUND_ABOVE_THRESHOLD\n");
        assertEquals(0, Main.run("test", "--db", db.toString(), script.toString()), console.out());
        try (var store = healthbot.store.Stores.sqlite(db)) {
            assertEquals(0, store.sessionCount());
        }
    }
}
