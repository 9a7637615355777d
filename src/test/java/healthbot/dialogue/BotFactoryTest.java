package healthbot.dialogue;

import healthbot.clock.OsloClock;
import healthbot.nlu.ModelCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BotFactoryTest {

    private static final Clock CLOCK = OsloClock.fixedOrSystem("2026-11-21T12:00:00");
    private static final Path INTENTS = Path.of("intents");
    private static final List<String> MESSAGES = List.of("is the dentist free for me?", "2006",
            "what is the emergency number", "hvordan bytter jeg fastlege", "I'm 19 and live in Bærum, is the dentist free?",
            "how much does physio cost", "tell me a joke", "tannlegevakt lørdag", "my friend collapsed");

    @TempDir
    Path tmp;

    @Test
    void aBotWithItsClassifierFromTheCacheAnswersExactlyLikeTheBotThatTrainedIt() {
        ModelCache cache = ModelCache.in(tmp);
        BotFactory.Built trained = BotFactory.build(INTENTS, CLOCK, cache);
        BotFactory.Built cached = BotFactory.build(INTENTS, CLOCK, cache);
        assertFalse(trained.classifierFromCache());
        assertTrue(cached.classifierFromCache());
        for (String m : MESSAGES) {
            Reply a = trained.bot().handle("chat", m);
            Reply b = cached.bot().handle("chat", m);
            assertEquals(a.intent(), b.intent(), m);
            assertEquals(a.confidence(), b.confidence(), m);
            assertEquals(a.awaiting(), b.awaiting(), m);
            assertEquals(a.messages(), b.messages(), m);
        }
    }

    @Test
    void aCorruptCacheFileIsIgnoredAndTheBotStillAnswers() throws IOException {
        ModelCache cache = ModelCache.in(tmp);
        BotFactory.build(INTENTS, CLOCK, cache);
        try (Stream<Path> files = Files.list(tmp)) {
            for (Path f : files.toList()) {
                Files.write(f, "not a model at all".getBytes());
            }
        }
        BotFactory.Built built = BotFactory.build(INTENTS, CLOCK, cache);
        assertFalse(built.classifierFromCache());
        Reply r = built.bot().handle("chat", "my friend collapsed and is not breathing");
        assertEquals("emergency", r.intent());
        assertTrue(r.messages().get(0).text().startsWith("113"), r.messages().get(0).text());
    }
}
