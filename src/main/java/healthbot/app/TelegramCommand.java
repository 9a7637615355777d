package healthbot.app;

import healthbot.dialogue.BotFactory;
import healthbot.channel.telegram.TelegramChannel;
import healthbot.channel.telegram.TelegramSettings;
import healthbot.channel.telegram.TelegramStartException;
import healthbot.channel.telegram.WebhookSettings;
import healthbot.clock.OsloClock;
import healthbot.dialogue.Bot;
import healthbot.store.ConversationStore;
import healthbot.store.StoreHealth;
import healthbot.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code telegram}: the Telegram bot, long polling by default or {@code --webhook}. Settings come
 * from the environment (see {@link TelegramSettings} and {@link WebhookSettings}); runs until stopped.
 */
@Command(name = "telegram", mixinStandardHelpOptions = true,
        description = {"Run the Telegram bot; needs TELEGRAM_BOT_TOKEN in the environment.",
                "TELEGRAM_API_URL points it at another Bot API server (default https://api.telegram.org).",
                "--webhook also needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET (PORT or TELEGRAM_WEBHOOK_PORT"
                        + " for the local port, default 8080)."})
final class TelegramCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramCommand.class);

    static final String TOKEN_VARIABLE = TelegramSettings.TOKEN_VARIABLE;

    @Option(names = "--webhook", description = "Receive updates by webhook instead of long polling.")
    boolean webhook;

    @Option(names = "--port", paramLabel = "PORT", description = "Webhook port (default: $PORT, $TELEGRAM_WEBHOOK_PORT or 8080).")
    Integer port;

    @Option(names = "--take-over-webhook",
            description = "Long polling even though a webhook is set (deletes it: only when moving this bot off webhooks).")
    boolean takeOverWebhook;

    @Mixin
    IntentsOption intentsOption;

    @Option(names = "--now", paramLabel = "DATE-TIME", description = "Fix the clock (testing), e.g. 2026-11-21T12:00:00.")
    String now;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> env = System.getenv();
        TelegramSettings settings;
        WebhookSettings hook = null;
        try {
            settings = TelegramSettings.fromEnv(env);
            if (webhook) {
                hook = WebhookSettings.fromEnv(env, port);
            }
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        // sessions in SQLite (HEALTHBOT_DB, default data/healthbot.db) or Redis (REDIS_URL)
        ConversationStore store;
        try {
            store = Stores.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        StoreHealth health = store.health();
        if (health.up()) {
            LOG.info("sessions are stored in {}", store.describe());
        } else {
            LOG.error("the session store is unavailable; answering from memory until it is back: {}", health.detail());
        }
        Bot bot = BotFactory.create(intentsOption.dir, OsloClock.fixedOrSystem(now), store);
        TelegramChannel channel;
        try {
            channel = hook == null ? TelegramChannel.startPolling(bot, settings, takeOverWebhook)
                    : TelegramChannel.startWebhook(bot, settings, hook);
        } catch (TelegramStartException e) {
            store.close();
            throw new UserError(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            channel.close();
            store.close();
            stopped.countDown();
        }, "telegram-shutdown"));
        stopped.await();
        return 0;
    }
}
