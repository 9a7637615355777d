package healthbot.app;

import healthbot.dialogue.BotFactory;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import healthbot.clock.OsloClock;
import healthbot.content.ContentCopy;
import healthbot.dialogue.Bot;
import healthbot.nlu.ModelCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

class ReloadingBotTest {

    private static final Clock CLOCK = OsloClock.fixedOrSystem("2026-11-21T12:00:00");

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anInvalidChangeIsReportedAndTheLastGoodBotKeepsAnswering() {
        Path dir = ContentCopy.of(tmp.resolve("intents"));
        try (ReloadingBot bots = new ReloadingBot(dir, d -> BotFactory.create(d, CLOCK), err)) {
            Bot good = bots.get();
            ContentCopy.replace(dir, "flows/physio_charge.json", "\"rule\": \"physio_charge\"", "\"rule\": \"physio\"");
            assertFalse(bots.reload());
            assertSame(good, bots.get());
            assertTrue(err().contains("physio_charge.json:") && err().contains("unknown rule 'physio'"), err());
            assertTrue(bots.get().handle("c", "what is the number for legevakt").messages().get(0).text().contains("116 117"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSavedChangeIsPickedUpByTheWatcher() throws Exception {
        Path dir = ContentCopy.of(tmp.resolve("intents"));
        try (ReloadingBot bots = new ReloadingBot(dir, d -> BotFactory.create(d, CLOCK), err)) {
            Bot before = bots.get();
            bots.start();
            ContentCopy.replace(dir, "facts.json", "\"116 117\"", "\"116 118\"");
            long deadline = System.nanoTime() + 60_000_000_000L; // a generous bound, not a speed assertion
            while (bots.get() == before && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertNotSame(before, bots.get(), () -> "not reloaded; stderr: " + err());
            assertTrue(bots.get().handle("c", "what is the number for legevakt").messages().get(0).text().contains("116 118"));
        }
    }

    @Test
    void answersKeepComingFromTheLastBotWhileTheNextOneIsBuilt() throws Exception {
        Path dir = ContentCopy.of(tmp.resolve("intents"));
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger builds = new AtomicInteger();
        Function<Path, Bot> slowSecondBuild = d -> {
            if (builds.incrementAndGet() == 2) {
                building.countDown();
                await(release);
            }
            return BotFactory.create(d, CLOCK, ModelCache.disabled());
        };
        try (ReloadingBot bots = new ReloadingBot(dir, slowSecondBuild, err)) {
            Bot before = bots.get();
            Thread reload = new Thread(bots::reload, "reload");
            reload.start();
            await(building);
            assertSame(before, bots.get(), "the new bot is not ready yet");
            assertTrue(bots.get().handle("c", "what is the number for legevakt").messages().get(0).text().contains("116 117"));
            release.countDown();
            reload.join();
            assertNotSame(before, bots.get());
        } finally {
            release.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) { // a generous bound against a hang, not a speed assertion
                throw new AssertionError("gave up waiting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
