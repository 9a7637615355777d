package healthbot.app;

import healthbot.store.InboxEntry;
import healthbot.store.Stores;
import healthbot.store.UsageKey;
import healthbot.testsupport.ConsoleCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code inbox} and {@code usage} over a SQLite file, and {@code chat --jsonl --db FILE} filling it
 * (as a separate process, since the review switch is an environment variable).
 */
class StaffCommandsTest {

    private static final String INPUT = "{\"chat\":\"77\",\"text\":\"what is the capital of mongolia, mail me at ola@example.no\"}\n"
            + "{\"chat\":\"77\",\"text\":\"legevakt\"}\n";

    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    /** {@code chat --jsonl --db db} in its own JVM with {@code env} added; its stdout. */
    private String chatProcess(Path db, Map<String, String> env) throws IOException, InterruptedException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", cp, "healthbot.app.Main",
                "chat", "--jsonl", "--now", "2026-11-21T12:00:00", "--db", db.toString()));
        Path out = tmp.resolve("out-" + db.getFileName() + ".jsonl");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("HEALTHBOT_REVIEW");
        pb.environment().remove("HEALTHBOT_REVIEW_DAYS");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().write(INPUT.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chat did not finish");
        assertEquals(0, p.exitValue());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void chatJsonlWithReviewOnFillsTheInboxMaskedAndPrintsExactlyWhatItPrintsWithReviewOff() throws Exception {
        Path on = tmp.resolve("on.db");
        Path off = tmp.resolve("off.db");
        String withReview = chatProcess(on, Map.of("HEALTHBOT_REVIEW", "on"));
        String without = chatProcess(off, Map.of());
        assertEquals(without, withReview, "the chat --jsonl output must not change with review on");
        assertEquals(2, withReview.lines().count(), withReview);

        assertEquals(0, Main.run("inbox", "--db", on.toString(), "--json"));
        String json = console.out();
        assertTrue(json.contains("\"text\" : \"what is the capital of mongolia, mail me at <email>\""), json);
        assertTrue(json.contains("\"hour\" : \"2026-11-21T11:00:00Z\""), json);
        assertTrue(json.contains("\"kind\" : \"FALLBACK\""), json);
        assertFalse(json.contains("77") || json.contains("ola@"), json);

        console.reset();
        assertEquals(0, Main.run("inbox", "--db", off.toString()));
        assertTrue(console.out().contains("is empty"), console.out());
    }

    @Test
    void inboxDeleteRemovesAnEntryAndSaysWhenThereWasNone() {
        Path db = tmp.resolve("inbox.db");
        String id;
        try (var store = Stores.sqlite(db)) {
            id = store.addToInbox(new InboxEntry(null, "FALLBACK", "hvor er <url>", "nb", Instant.parse("2026-12-07T09:00:00Z"),
                    List.of(new InboxEntry.Guess("fallback", 0.9))), Duration.ofDays(30));
        }
        assertEquals(0, Main.run("inbox", "--db", db.toString()));
        assertTrue(console.out().contains("hvor er <url>") && console.out().contains("fallback 0.90"), console.out());
        console.reset();
        assertEquals(0, Main.run("inbox", "--db", db.toString(), "--delete", id));
        assertEquals(1, Main.run("inbox", "--db", db.toString(), "--delete", id));
        assertTrue(console.out().contains("deleted " + id) && console.out().contains("no entry " + id), console.out());
    }

    @Test
    void usageShowsCountsBelowFiveAsFewInTheTableAndTheCsv() {
        Path db = tmp.resolve("usage.db");
        LocalDate today = LocalDate.of(2026, 12, 7);
        try (var store = Stores.sqlite(db)) {
            store.addCount(new UsageKey(today, "telegram", "nb", "legevakt", "answer"), 12);
            store.addCount(new UsageKey(today, "telegram", "nb", "fallback", "fallback"), 3);
            store.addCount(new UsageKey(today.minusDays(40), "telegram", "nb", "fallback", "fallback"), 50);
        }
        assertEquals(0, Main.run("usage", "--db", db.toString(), "--csv", "--now", "2026-12-07T12:00:00"));
        assertEquals("day,channel,language,intent,measure,count\n"
                + "2026-12-07,telegram,nb,fallback,fallback,<5\n"
                + "2026-12-07,telegram,nb,legevakt,answer,12\n", console.out());
        console.reset();
        assertEquals(0, Main.run("usage", "--db", db.toString(), "--since", "60d", "--now", "2026-12-07T12:00:00"));
        assertTrue(console.out().contains("fallback: 53"), console.out());
        assertTrue(console.out().contains("<5"), console.out());
        assertFalse(console.out().lines().anyMatch(l -> l.endsWith(" 3")), console.out());
    }

    @Test
    void usageRefusesASinceItCannotRead() {
        assertEquals(UsageCommand.from("2026-12-01", java.time.Clock.systemUTC()), LocalDate.of(2026, 12, 1));
        assertEquals(LocalDate.of(2026, 12, 7), UsageCommand.from("1d", healthbot.clock.OsloClock.fixedOrSystem("2026-12-07T12:00:00")));
        assertTrue(Main.run("usage", "--db", tmp.resolve("x.db").toString(), "--since", "last week") != 0);
        assertTrue(console.err().contains("neither a number of days"), console.err());
    }
}
