package healthbot.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentWatcherTest {

    @TempDir
    Path tmp;

    @Test
    void savingAScriptIsNotAChangeOfContentButSavingAFactIs() throws Exception {
        Path dir = ContentCopy.of(tmp.resolve("intents"));
        AtomicInteger changes = new AtomicInteger();
        try (ContentWatcher watcher = ContentWatcher.start(dir, changes::incrementAndGet, why -> { })) {
            Files.writeString(dir.resolve("tests/new_script.convo"), "> hello\n< intent: greeting\n");
            Thread.sleep(1_000); // longer than a burst, so the script's events are handled on their own
            ContentCopy.replace(dir, "facts.json", "\"116 117\"", "\"116 118\"");
            long deadline = System.nanoTime() + 60_000_000_000L; // a generous bound, not a speed assertion
            while (changes.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
            assertEquals(1, changes.get(), "one change: the fact, not the script");
        }
    }
}
