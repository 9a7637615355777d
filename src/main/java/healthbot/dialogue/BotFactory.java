package healthbot.dialogue;

import healthbot.clock.NorwegianHolidays;
import healthbot.content.Content;
import healthbot.content.ContentLoader;
import healthbot.nlu.ModelCache;
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

    /**
     * jollyday reads its calendar files for ~150 ms of CPU: done in the background, started once the
     * content and the classifier are ready (so it does not compete with them for the cores), or
     * earlier if a message needs a holiday first.
     */
    private static CompletableFuture<NorwegianHolidays> holidays;

    private static synchronized CompletableFuture<NorwegianHolidays> holidays() {
        if (holidays == null) {
            holidays = CompletableFuture.supplyAsync(() -> {
                NorwegianHolidays loaded = new NorwegianHolidays();
                loaded.holidays(LocalDate.now().getYear());
                return loaded;
            });
        }
        return holidays;
    }

    /**
     * A bot and how long each step of building it took.
     *
     * @param bot                 the bot
     * @param loadNanos           loading and validating the content
     * @param classifierNanos     training the classifier, or loading it from the model cache
     * @param classifierFromCache whether the classifier came from the model cache
     * @param assembleNanos       building the bot from them
     */
    public record Built(Bot bot, long loadNanos, long classifierNanos, boolean classifierFromCache, long assembleNanos) {}

    private BotFactory() {
    }

    /**
     * A bot with the classifier from the {@linkplain ModelCache#standard() standard model cache}
     * (trained, and cached, when the cache has none for this content).
     *
     * @throws healthbot.content.ContentException when the content is invalid, listing why
     */
    public static Bot create(Path intentsDir, Clock clock) {
        return build(intentsDir, clock, ModelCache.standard(), null).bot();
    }

    /** {@link #create} with the classifier from this cache ({@link ModelCache#disabled()}: always trained). */
    public static Bot create(Path intentsDir, Clock clock, ModelCache cache) {
        return build(intentsDir, clock, cache, null).bot();
    }

    /** {@link #create(Path, Clock)} with sessions kept in {@code store} between messages (null: in memory). */
    public static Bot create(Path intentsDir, Clock clock, ConversationStore store) {
        return build(intentsDir, clock, ModelCache.standard(), store).bot();
    }

    /** {@link #create}, timed step by step (for the start-up figures of {@code bench}). */
    public static Built build(Path intentsDir, Clock clock) {
        return build(intentsDir, clock, ModelCache.standard(), null);
    }

    /** {@link #build(Path, Clock)} with the classifier from this cache and sessions in memory. */
    public static Built build(Path intentsDir, Clock clock, ModelCache cache) {
        return build(intentsDir, clock, cache, null);
    }

    /** {@link #build(Path, Clock)} with sessions kept in {@code store} (null: in memory). */
    public static Built build(Path intentsDir, Clock clock, ConversationStore store) {
        return build(intentsDir, clock, ModelCache.standard(), store);
    }

    /** {@link #build(Path, Clock)} with the classifier from {@code cache} and sessions in {@code store} (null: in memory). */
    public static Built build(Path intentsDir, Clock clock, ModelCache cache, ConversationStore store) {
        healthbot.nlu.StartupSteps.step("jvm+cli");
        long t0 = System.nanoTime();
        ModelCache.Validations validations = cache.validations();
        Content content = ContentLoader.load(intentsDir, validations);
        long t1 = System.nanoTime();
        healthbot.nlu.StartupSteps.step("content");
        Nlu nlu = Nlu.build(content, cache, validations.contentKey());
        long t2 = System.nanoTime();
        Bot bot = new Bot(content, nlu, clock, date -> holidays().join().test(date), store);
        long t3 = System.nanoTime();
        healthbot.nlu.StartupSteps.step("bot");
        healthbot.nlu.StartupSteps.print("bot built");
        holidays();
        LOG.info("content loaded in {} ms ({} intents, {} flows), classifier {} in {} ms",
                (t1 - t0) / 1_000_000, content.intents().size(), content.flows().size(),
                nlu.classifierFromCache() ? "loaded from the model cache" : "trained", (t2 - t1) / 1_000_000);
        return new Built(bot, t1 - t0, t2 - t1, nlu.classifierFromCache(), t3 - t2);
    }
}
