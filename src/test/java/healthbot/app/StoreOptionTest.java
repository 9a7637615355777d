package healthbot.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --db FILE}: chat and test keep sessions in a SQLite file instead of in memory. */
class StoreOptionTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private InputStream oldIn;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setIn(oldIn);
    }

    private String chat(Path db, String input) {
        out.reset();
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, Main.run("chat", "--jsonl", "--now", "2026-11-21T12:00:00", "--db", db.toString()));
        return out.toString(StandardCharsets.UTF_8);
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
        assertEquals(0, Main.run("test", "--db", db.toString(), script.toString()), out.toString(StandardCharsets.UTF_8));
        try (var store = healthbot.store.Stores.sqlite(db)) {
            assertEquals(0, store.sessionCount());
        }
    }
}
