package healthbot.app;

import healthbot.clock.NorwegianHolidays;
import healthbot.content.Content;
import healthbot.content.ContentLoader;
import healthbot.dialogue.Bot;
import healthbot.nlu.Nlu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;

/** Loads the content, trains the understanding and builds a {@link Bot}: what every command starts with. */
public final class BotFactory {

    private static final Logger LOG = LoggerFactory.getLogger(BotFactory.class);
    private static final NorwegianHolidays HOLIDAYS = new NorwegianHolidays();

    private BotFactory() {
    }

    /** @throws healthbot.content.ContentException when the content is invalid, listing why */
    public static Bot create(Path intentsDir, Clock clock) {
        long t0 = System.nanoTime();
        Content content = ContentLoader.load(intentsDir);
        long t1 = System.nanoTime();
        Nlu nlu = Nlu.train(content);
        long t2 = System.nanoTime();
        LOG.info("content loaded in {} ms ({} intents, {} flows), classifier trained in {} ms",
                (t1 - t0) / 1_000_000, content.intents().size(), content.flows().size(), (t2 - t1) / 1_000_000);
        return new Bot(content, nlu, clock, HOLIDAYS);
    }
}
