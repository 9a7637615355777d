package healthbot.app;

import healthbot.channel.telegram.ChannelServices;
import healthbot.channel.telegram.TelegramChannel;
import healthbot.channel.telegram.TelegramSettings;
import healthbot.channel.telegram.TelegramStartException;
import healthbot.channel.telegram.WebhookSettings;
import healthbot.clock.OsloClock;
import healthbot.dialogue.Bot;
import healthbot.dialogue.BotFactory;
import healthbot.ops.AdminServer;
import healthbot.ops.Metrics;
import healthbot.ops.OperatorEndpoints;
import healthbot.store.ConversationStore;
import healthbot.store.StoreHealth;
import healthbot.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code telegram}: the Telegram bot, long polling by default or {@code --webhook}. Settings come
 * from the environment (see {@link TelegramSettings} and {@link WebhookSettings}); runs until
 * SIGTERM/SIGINT, then stops cleanly ({@link GracefulStop}) and exits 0.
 */
@Command(name = "telegram", mixinStandardHelpOptions = true,
        description = {"Run the Telegram bot; needs TELEGRAM_BOT_TOKEN in the environment.",
                "TELEGRAM_API_URL points it at another Bot API server (default https://api.telegram.org).",
                "--webhook also needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET (PORT or TELEGRAM_WEBHOOK_PORT"
                        + " for the local port, default 8080); /healthz, /readyz and /metrics are served there too.",
                "Exit codes: 0 stopped cleanly, 2 bad settings, 3 invalid content, 4 another instance is polling."})
final class TelegramCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramCommand.class);
    static final String TOKEN_VARIABLE = TelegramSettings.TOKEN_VARIABLE;
    static final String ADMIN_PORT_VARIABLE = "ADMIN_PORT";
    static final String ADMIN_BIND_VARIABLE = "ADMIN_BIND";
    static final int ANOTHER_POLLER = 4;

    @Option(names = "--webhook", description = "Receive updates by webhook instead of long polling.")
    boolean webhook;

    @Option(names = "--port", paramLabel = "PORT", description = "Webhook port (default: $PORT, $TELEGRAM_WEBHOOK_PORT or 8080).")
    Integer port;

    @Option(names = "--admin-port", paramLabel = "PORT",
            description = "Polling mode: serve /healthz, /readyz and /metrics on this port (default: $ADMIN_PORT; off when unset).")
    Integer adminPort;

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
        Integer admin;
        try {
            settings = TelegramSettings.fromEnv(env);
            if (webhook) {
                hook = WebhookSettings.fromEnv(env, port);
            }
            admin = webhook ? null : adminPort(env);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        CompletableFuture<String> stop = GracefulStop.onSignals();
        // sessions and answered update ids in SQLite (HEALTHBOT_DB, default data/healthbot.db) or Redis (REDIS_URL)
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
        Bot bot;
        try {
            bot = StaffListeners.attach(BotFactory.create(intentsOption.dir, OsloClock.fixedOrSystem(now), store), store, "telegram", env);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Metrics metrics = Metrics.create();
        metrics.sessionsStored(store::sessionCount);
        OperatorEndpoints endpoints = new OperatorEndpoints(metrics, new StoreReadiness(store));
        GracefulStop resources = new GracefulStop();
        resources.add(store);
        try {
            if (admin != null) {
                String bind = env.getOrDefault(ADMIN_BIND_VARIABLE, "").strip();
                AdminServer server = new AdminServer(endpoints, bind.isEmpty() ? "0.0.0.0" : bind, admin);
                resources.add(server);
                LOG.info("operator endpoints /healthz /readyz /metrics on port {}", server.port());
            }
            ChannelServices services = new ChannelServices(store, metrics, endpoints);
            TelegramChannel channel = hook == null ? TelegramChannel.startPolling(bot, settings, takeOverWebhook, services)
                    : TelegramChannel.startWebhook(bot, settings, hook, services);
            resources.add(channel);
            channel.failed().thenAccept(stop::complete);
        } catch (TelegramStartException e) {
            resources.close();
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            resources.close();
            throw new UserError("could not listen on the admin port " + admin + " (" + e.getClass().getSimpleName()
                    + "); is it taken? Set another --admin-port or " + ADMIN_PORT_VARIABLE + ".");
        }
        String failure;
        try {
            failure = stop.get();
        } catch (ExecutionException e) {
            failure = String.valueOf(e.getCause());
        }
        endpoints.stopping();
        resources.closeWithin(GracefulStop.DEADLINE);
        if (failure != null) {
            System.err.println("healthbot: " + failure);
            return ANOTHER_POLLER;
        }
        return 0;
    }

    private Integer adminPort(Map<String, String> env) {
        if (adminPort != null) {
            return checkedPort(adminPort, "--admin-port");
        }
        String v = env.get(ADMIN_PORT_VARIABLE);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return checkedPort(Integer.parseInt(v.strip()), ADMIN_PORT_VARIABLE);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ADMIN_PORT_VARIABLE + " must be a port number, got '" + v + "'");
        }
    }

    private static int checkedPort(int p, String name) {
        if (p < 0 || p > 65535) {
            throw new IllegalArgumentException(name + " must be 0-65535, got " + p);
        }
        return p;
    }
}
