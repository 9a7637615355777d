package healthbot.channel.telegram;

import healthbot.testsupport.BotProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Several webhook instances (child JVMs running the shipped {@code telegram --webhook}, each with
 * its own engine, HTTP server and store client) sharing one store, and Telegram's side of their
 * webhook: {@link #post} sends an update to one live instance and, while it gets no 200 (503, a
 * connection cut by a kill), sends it again to another a moment later, as Telegram does behind a
 * load balancer. {@link #postAgainLater} adds the duplicates Telegram sometimes makes.
 */
final class WebhookFleet implements AutoCloseable {

    /** How long an instance may take to listen (a bound, not a measure: a loaded machine is slow). */
    private static final Duration START_WAIT = Duration.ofSeconds(300);

    static final String SECRET = "fleet-secret";
    private static final int MAX_ATTEMPTS = 300;

    private final FakeBotApi api;
    private final Path dir;
    private final Map<String, String> storeEnv;
    private final List<BotProcess> processes = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private final List<Integer> live = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService telegram = Executors.newFixedThreadPool(24);
    private final ScheduledExecutorService later = Executors.newScheduledThreadPool(2);
    private final Random random;
    private final AtomicInteger notOk = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();

    /** @param storeEnv the environment that chooses the shared store (REDIS_URL, or REDIS_SENTINELS and friends) */
    WebhookFleet(FakeBotApi api, Path dir, Map<String, String> storeEnv, long seed) {
        this.api = api;
        this.dir = dir;
        this.storeEnv = Map.copyOf(storeEnv);
        this.random = new Random(seed);
    }

    /**
     * Starts {@code n} instances and waits until each listens: the first alone, which trains the
     * classifier into a model cache the fleet shares ({@code HEALTHBOT_CACHE}), then the others at
     * once, which load it instead of training too (three JVMs training at once on a loaded 2-core
     * machine took more than two minutes to listen).
     */
    void start(int n) throws Exception {
        List<Future<Integer>> started = new ArrayList<>();
        ExecutorService starter = Executors.newFixedThreadPool(n);
        try {
            for (int i = 0; i < n; i++) {
                Map<String, String> env = new HashMap<>(storeEnv);
                env.putAll(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url(),
                        "TELEGRAM_WEBHOOK_URL", "https://bot.example.no/telegram", "TELEGRAM_WEBHOOK_SECRET", SECRET,
                        "TELEGRAM_WEBHOOK_BIND", "127.0.0.1", "PORT", "0",
                        "HEALTHBOT_CACHE", dir.resolve("model-cache").toString()));
                BotProcess p = BotProcess.start(env, dir.resolve("instance" + i + ".log"), "telegram", "--webhook",
                        "--now", "2026-11-21T12:00:00");
                processes.add(p);
                started.add(starter.submit(() -> Integer.parseInt(
                        p.awaitLog(Pattern.compile("by webhook on port (\\d+)"), START_WAIT))));
                if (i == 0) {
                    started.get(0).get(); // the model is in the cache now
                }
            }
            for (Future<Integer> f : started) {
                ports.add(f.get());
            }
        } finally {
            starter.shutdownNow();
        }
        live.addAll(ports);
    }

    int size() {
        return processes.size();
    }

    /** kill -9 of instance {@code i}: it stops at once, with its locks, pending ids and replies in flight. */
    void kill(int i) throws InterruptedException {
        live.remove(ports.get(i));
        processes.get(i).kill();
    }

    int port(int i) {
        return ports.get(i);
    }

    String log(int i) {
        return processes.get(i).log();
    }

    /** Posts an update until one instance says 200. */
    void post(String body) {
        telegram.submit(() -> deliver(body));
    }

    /** Posts the update again, to any instance, {@code millis} from now (a duplicate, as Telegram sometimes sends). */
    void postAgainLater(String body, long millis) {
        duplicates.incrementAndGet();
        later.schedule(() -> telegram.submit(() -> deliver(body)), millis, TimeUnit.MILLISECONDS);
    }

    /** How many posts got something else than 200 and were posted again. */
    int redelivered() {
        return notOk.get();
    }

    int duplicates() {
        return duplicates.get();
    }

    /** {@code GET /readyz} of instance {@code i}: its status, or -1 when it does not answer. */
    int readiness(int i) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(i) + "/readyz"))
                    .timeout(Duration.ofSeconds(5)).build();
            return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Waits until instance {@code i} says ready; false when it did not within {@code wait}. */
    boolean awaitReady(int i, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (readiness(i) == 200) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private void deliver(String body) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            List<Integer> now = List.copyOf(live);
            int port = now.get(Math.floorMod(body.hashCode() + attempt + random.nextInt(3), now.size()));
            try {
                HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram"))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                        .header(WebhookServer.SECRET_HEADER, SECRET).POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                if (http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // instance gone or connection cut: Telegram tries again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            notOk.incrementAndGet();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        telegram.shutdownNow();
        later.shutdownNow();
        processes.forEach(BotProcess::close);
    }
}
