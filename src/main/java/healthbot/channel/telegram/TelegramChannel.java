package healthbot.channel.telegram;

import healthbot.dialogue.Bot;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import healthbot.ops.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running Telegram bot in one of its two modes, long polling or webhook. Start-up checks the
 * token ({@code getMe}), registers the command menu and, for polling, refuses to remove a webhook
 * that is set unless told to ({@code takeOverWebhook}): starting long polling deletes the webhook,
 * which would silently cut off a production deployment.
 */
public final class TelegramChannel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramChannel.class);
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");
    private static final int SEEN_UPDATES = 10_000;
    /** A clean stop finishes the replies in flight for at most this long (platforms allow 30 s in all). */
    private static final long STOP_WAIT_MILLIS = 20_000;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final BotIdentity me;
    private WebhookServer webhook;
    private CompletableFuture<String> conflict = new CompletableFuture<>();

    private final ChatDispatcher dispatcher;

    private TelegramChannel(BotIdentity me, ChatDispatcher dispatcher) {
        this.me = me;
        this.dispatcher = dispatcher;
    }

    /**
     * Long polling until {@link #close()}.
     *
     * @param takeOverWebhook delete a webhook that is set (switching a bot from webhook to polling on purpose)
     * @throws TelegramStartException when the token is refused, the API unreachable or a webhook is set
     */
    public static TelegramChannel startPolling(Bot bot, TelegramSettings settings, boolean takeOverWebhook,
                                               ChannelServices services) {
        return startPolling(bot, settings, takeOverWebhook, services, PollWatch.START_WINDOW);
    }

    /** @param conflictWindow a 409 this soon after starting means this process is the second poller (tests shorten it) */
    static TelegramChannel startPolling(Bot bot, TelegramSettings settings, boolean takeOverWebhook,
                                        ChannelServices services, Duration conflictWindow) {
        Parts parts = new Parts(bot, settings, services, false);
        TelegramChannel channel = new TelegramChannel(parts.me, parts.dispatcher);
        channel.resources.add(parts::close);
        try {
            String webhookUrl = webhookUrl(parts.client);
            if (!webhookUrl.isEmpty() && !takeOverWebhook) {
                throw new TelegramStartException("a webhook is set for this bot (" + hostOf(webhookUrl) + "), so another"
                        + " deployment probably receives its updates; long polling would delete that webhook. Run"
                        + " 'telegram --webhook' there, or pass --take-over-webhook to switch this bot to polling.");
            }
            ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(daemon("telegram-poll"));
            PollWatch watch = new PollWatch(services.metrics(), System::nanoTime, conflictWindow);
            channel.conflict = watch.conflict();
            OkHttpClient pollHttp = http(settings.pollTimeoutSeconds() + 30).newBuilder().addInterceptor(watch).build();
            TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(
                    com.fasterxml.jackson.databind.ObjectMapper::new, () -> pollHttp, () -> poller);
            // closed in reverse order: stop taking, stop polling, finish what is in flight, then the rest
            channel.resources.add(() -> close(pollHttp));
            channel.resources.add(poller::shutdownNow);
            channel.resources.add(() -> parts.finishInFlight());
            channel.resources.add(app);
            channel.resources.add(parts.dispatcher::stopTaking);
            int timeout = settings.pollTimeoutSeconds();
            // never log the returned BotSession: its toString() prints the token
            app.registerBot(settings.token().value(), settings::telegramUrl, last -> GetUpdates.builder()
                    .offset(last + 1).limit(100).timeout(timeout).allowedUpdates(ALLOWED_UPDATES).build(), parts.dispatcher);
            LOG.info("Telegram bot @{} is polling for updates ({} chats in parallel, store: {})", parts.me.username(),
                    settings.workers(), services.store().describe());
            return channel;
        } catch (TelegramApiException e) {
            channel.close();
            throw new TelegramStartException("could not start long polling: " + Failure.describe(e));
        } catch (RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Serves the webhook (and the operator endpoints) until {@link #close()} and registers it with
     * Telegram (with the secret token). Each chat is answered under the store's chat lock, so
     * several instances sharing a store can serve one bot.
     *
     * @throws TelegramStartException when the token is refused, the port taken or the webhook refused
     */
    public static TelegramChannel startWebhook(Bot bot, TelegramSettings settings, WebhookSettings hook,
                                               ChannelServices services) {
        Parts parts = new Parts(bot, settings, services, true);
        TelegramChannel channel = new TelegramChannel(parts.me, parts.dispatcher);
        channel.resources.add(parts::close);
        try {
            ExecutorService http = Executors.newFixedThreadPool(settings.workers() + WebhookServer.OPERATOR_THREADS,
                    daemon("telegram-webhook"));
            channel.resources.add(http::shutdownNow);
            WebhookServer server = new WebhookServer(hook, parts.dispatcher::deliverOne, services.endpoints(), http,
                    settings.workers());
            channel.webhook = server;
            channel.resources.add(() -> server.stop(1));
            channel.resources.add(() -> parts.finishInFlight());
            channel.resources.add(parts.dispatcher::stopTaking);
            channel.resources.add(server::stopTaking);
            SetWebhook set = SetWebhook.builder().url(hook.publicUrl().toString()).secretToken(hook.secret())
                    .allowedUpdates(ALLOWED_UPDATES).maxConnections(settings.workers()).build();
            parts.client.execute(set);
            LOG.info("Telegram bot @{} receives updates by webhook on port {}, path {} (store: {})", parts.me.username(),
                    channel.webhook.port(), hook.path(), services.store().describe());
            return channel;
        } catch (IOException e) {
            channel.close();
            throw new TelegramStartException("could not listen on " + hook.bindHost() + ":" + hook.port()
                    + " for the webhook (" + e.getClass().getSimpleName() + "); is the port taken? Set PORT or --port.");
        } catch (TelegramApiException e) {
            channel.close();
            throw new TelegramStartException("Telegram did not accept the webhook " + hook.publicUrl() + ": "
                    + Failure.describe(e));
        } catch (RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Completes with a one-line reason when the channel cannot go on by itself: in polling mode,
     * another instance polls the same bot (Telegram's 409). Never completes in webhook mode.
     */
    public CompletableFuture<String> failed() {
        return conflict;
    }

    /**
     * Stops taking updates (webhook: 503 to new ones, so Telegram delivers them again, to another
     * instance behind the load balancer; polling: a batch arriving now is left unconfirmed) while
     * the replies in flight finish. {@link #close()} does this first by itself.
     */
    public void stopTaking() {
        if (webhook != null) {
            webhook.stopTaking();
        }
        dispatcher.stopTaking();
    }

    public String username() {
        return me.username();
    }

    /** The port the webhook listens on (useful when it was 0: any free port). */
    public int webhookPort() {
        if (webhook == null) {
            throw new IllegalStateException("not in webhook mode");
        }
        return webhook.port();
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.debug("while stopping: {}", Failure.describe(e));
            }
        }
        resources.clear();
    }

    /** What both modes share: the client, the identity, the engine's Telegram side and its pool. */
    private static final class Parts {
        final TelegramClient client;
        final BotIdentity me;
        final ChatDispatcher dispatcher;
        private final OkHttpClient http;
        private final ExecutorService pool;

        Parts(Bot bot, TelegramSettings settings, ChannelServices services, boolean lockAcrossInstances) {
            http = http(30);
            client = new OkHttpTelegramClient(http, settings.token().value(), settings.telegramUrl());
            try {
                me = identify(client, settings);
            } catch (RuntimeException e) {
                TelegramChannel.close(http);
                throw e;
            }
            Metrics metrics = services.metrics();
            Outbox outbox = new Outbox(client, new RateLimiter(settings.limits(), System::nanoTime, Sleeper.REAL),
                    settings.limits(), Sleeper.REAL, metrics);
            for (SetMyCommands menu : CommandMenu.all(bot)) {
                outbox.answer(0, "setMyCommands", menu);
            }
            pool = Executors.newFixedThreadPool(settings.workers(), daemon("telegram-chat"));
            UpdateHandler handler = new UpdateHandler(bot, outbox, new ReplyRenderer(), me, metrics);
            Delivery delivery = new Delivery(services.store(), lockAcrossInstances, new SeenUpdates(SEEN_UPDATES),
                    metrics, new StoreTrouble(metrics, System::nanoTime));
            dispatcher = new ChatDispatcher(delivery, handler::prepare, pool);
        }

        void finishInFlight() throws InterruptedException {
            if (!dispatcher.awaitIdle(STOP_WAIT_MILLIS)) {
                LOG.warn("stopping: replies still in flight after {} s; they will be answered again after a restart",
                        STOP_WAIT_MILLIS / 1000);
            }
        }

        void close() throws InterruptedException {
            pool.shutdown();
            if (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
            TelegramChannel.close(http);
        }
    }

    private static BotIdentity identify(TelegramClient client, TelegramSettings settings) {
        try {
            User user = client.execute(new GetMe());
            return new BotIdentity(user.getId(), user.getUserName());
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && (code == 401 || code == 404)) {
                throw new TelegramStartException("Telegram refused " + TelegramSettings.TOKEN_VARIABLE + " (" + code
                        + "): check the token with @BotFather (/mybots, API Token) and set it again.");
            }
            throw new TelegramStartException("the Bot API at " + settings.apiUrl().getHost() + " answered getMe with an"
                    + " error: " + Failure.describe(e));
        } catch (TelegramApiException e) {
            throw new TelegramStartException("cannot reach the Bot API at " + settings.apiUrl().getHost() + " ("
                    + Failure.describe(e) + "); check the network and " + TelegramSettings.API_URL_VARIABLE + ".");
        }
    }

    private static String webhookUrl(TelegramClient client) {
        try {
            WebhookInfo info = client.execute(new GetWebhookInfo());
            return info == null || info.getUrl() == null ? "" : info.getUrl();
        } catch (TelegramApiException e) {
            throw new TelegramStartException("could not ask Telegram whether a webhook is set ("
                    + Failure.describe(e) + "); not starting long polling, which would delete it.");
        }
    }

    private static String hostOf(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? "a webhook URL" : host;
        } catch (IllegalArgumentException e) {
            return "a webhook URL";
        }
    }

    private static OkHttpClient http(int readTimeoutSeconds) {
        Dispatcher d = new Dispatcher();
        d.setMaxRequests(128);
        d.setMaxRequestsPerHost(128);
        return new OkHttpClient.Builder().dispatcher(d)
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(readTimeoutSeconds, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    private static void close(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
