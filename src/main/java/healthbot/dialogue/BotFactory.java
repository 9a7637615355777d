package healthbot.dialogue;

import healthbot.clock.NorwegianHolidays;
import healthbot.content.Content;
import healthbot.content.ContentLoader;
import healthbot.nlu.Nlu;
import healthbot.store.ConversationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/** Loads the content, trains the understanding and builds a {@link Bot}: what every command starts with. */
public final class BotFactory {

    private static final Logger LOG = LoggerFactory.getLogger(BotFactory.class);

    /** jollyday reads its calendar files for ~150 ms: done in the background while the classifier trains. */
    private static final CompletableFuture<NorwegianHolidays> HOLIDAYS = CompletableFuture.supplyAsync(() -> {
        NorwegianHolidays holidays = new NorwegianHolidays();
        holidays.holidays(LocalDate.now().getYear());
        return holidays;
    });

    /**
     * A bot and how long each step of building it took.
     *
     * @param bot          the bot
     * @param loadNanos    loading and validating the content
     * @param trainNanos   training the classifier
     * @param assembleNanos building the bot from them
     */
    public record Built(Bot bot, long loadNanos, long trainNanos, long assembleNanos) {}

    private BotFactory() {
    }

    /** @throws healthbot.content.ContentException when the content is invalid, listing why */
    public static Bot create(Path intentsDir, Clock clock) {
        return build(intentsDir, clock).bot();
    }

    /** {@link #create(Path, Clock)} with sessions kept in {@code store} between messages (null: in memory). */
    public static Bot create(Path intentsDir, Clock clock, ConversationStore store) {
        return build(intentsDir, clock, store).bot();
    }

    /** {@link #create}, timed step by step (for the start-up figures of {@code bench}). */
    public static Built build(Path intentsDir, Clock clock) {
        return build(intentsDir, clock, null);
    }

    /** {@link #build(Path, Clock)} with sessions kept in {@code store} (null: in memory). */
    public static Built build(Path intentsDir, Clock clock, ConversationStore store) {
        long t0 = System.nanoTime();
        Content content = ContentLoader.load(intentsDir);
        long t1 = System.nanoTime();
        Nlu nlu = Nlu.train(content);
        long t2 = System.nanoTime();
        Bot bot = new Bot(content, nlu, clock, date -> HOLIDAYS.join().test(date), store);
        long t3 = System.nanoTime();
        LOG.info("content loaded in {} ms ({} intents, {} flows), classifier trained in {} ms",
                (t1 - t0) / 1_000_000, content.intents().size(), content.flows().size(), (t2 - t1) / 1_000_000);
        return new Built(bot, t1 - t0, t2 - t1, t3 - t2);
    }
}
