package healthbot.channel.telegram;

import healthbot.dialogue.BotFactory;
import healthbot.clock.OsloClock;
import healthbot.dialogue.Bot;

import healthbot.store.ConversationStore;
import healthbot.store.Stores;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures reply latency and throughput through the real library and {@link FakeBotApi}: N chats,
 * each sending its next message as soon as the reply to the previous one arrives (closed loop).
 * Latency is from the update being queued at the fake server to the reply's sendMessage arriving there.
 * A measurement tool, not a test.
 *
 * <pre>
 * mvn -q -DskipTests package && mvn -q test-compile
 * java -cp target/test-classes:target/healthbot.jar healthbot.channel.telegram.TelegramBench [chats] [messages per chat] [telegram|none] [memory|sqlite[:FILE]|redis:URL]
 * </pre>
 * The fourth argument picks where sessions and answered update ids live: {@code memory} (default,
 * the bot's own memory), {@code sqlite} (a temp file, deleted afterwards; or {@code sqlite:FILE}),
 * or {@code redis:redis://127.0.0.1:6379/0}.
 * {@code telegram} applies Telegram's limits (30 messages/s overall, 1/s per chat after a burst of 3),
 * {@code none} (default) measures the pipeline itself.
 */
public final class TelegramBench {

    /** Messages whose answer is a single message, so each reply is one sendMessage. */
    private static final List<String> MESSAGES = List.of("/help", "/emergency", "Do I need an interpreter?",
            "How do I register with a GP?", "where is legevakt", "hello", "how do I complain");

    private TelegramBench() {
    }

    public static void main(String[] args) throws Exception {
        int chats = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int perChat = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        boolean telegramLimits = args.length > 2 && args[2].equals("telegram");
        String storeSpec = args.length > 3 ? args[3] : "memory";
        Path temp = null;
        ConversationStore store;
        if (storeSpec.equals("memory")) {
            store = null;
        } else if (storeSpec.startsWith("sqlite")) {
            Path file;
            if (storeSpec.startsWith("sqlite:")) {
                file = Path.of(storeSpec.substring("sqlite:".length()));
            } else {
                temp = Files.createTempDirectory("healthbot-bench");
                file = temp.resolve("bench.db");
            }
            store = Stores.sqlite(file);
        } else if (storeSpec.startsWith("redis:")) {
            store = Stores.redis(storeSpec.substring("redis:".length()));
        } else {
            throw new IllegalArgumentException("store must be memory, sqlite, sqlite:FILE or redis:URL, got " + storeSpec);
        }
        Bot bot = store == null ? BotFactory.create(Path.of("intents"), OsloClock.fixedOrSystem("2026-11-21T12:00:00"))
                : BotFactory.create(Path.of("intents"), OsloClock.fixedOrSystem("2026-11-21T12:00:00"), store);
        ChannelServices services = store == null ? TestServices.inMemory() : TestServices.over(store);
        Limits limits = telegramLimits ? Limits.TELEGRAM : Limits.unlimited(3, Duration.ofMillis(50));
        try (FakeBotApi api = new FakeBotApi()) {
            TelegramSettings settings = new TelegramSettings(BotToken.parse(FakeBotApi.TOKEN, "token"),
                    URI.create(api.url()), 1, 16, limits);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            ConcurrentHashMap<Long, Long> queuedAt = new ConcurrentHashMap<>();
            ConcurrentHashMap<Long, Integer> sentCount = new ConcurrentHashMap<>();
            CountDownLatch done = new CountDownLatch(chats);
            AtomicLong warm = new AtomicLong();
            api.onSent(s -> {
                Long at = queuedAt.remove(s.chatId());
                if (at == null) {
                    return;
                }
                latencies.add(System.nanoTime() - at);
                int n = sentCount.merge(s.chatId(), 1, Integer::sum);
                if (n < perChat) {
                    queuedAt.put(s.chatId(), System.nanoTime());
                    api.text(s.chatId(), MESSAGES.get((int) ((s.chatId() + n) % MESSAGES.size())));
                } else {
                    done.countDown();
                }
            });
            try (TelegramChannel channel = TelegramChannel.startPolling(bot, settings, false, services)) {
                warm.set(System.nanoTime());
                for (long chat = 1; chat <= chats; chat++) {
                    queuedAt.put(chat, System.nanoTime());
                    api.text(chat, MESSAGES.get((int) (chat % MESSAGES.size())));
                }
                if (!done.await(10, TimeUnit.MINUTES)) {
                    System.out.println("did not finish in 10 minutes");
                }
                long elapsed = System.nanoTime() - warm.get();
                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                System.out.printf(Locale.ROOT, "store %s, %d chats x %d messages, limits %s: %d replies in %.2f s = %.0f messages/s;"
                                + " latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                        storeSpec.startsWith("redis") ? "redis" : storeSpec, chats, perChat,
                        telegramLimits ? "telegram (30/s, 1/s per chat)" : "none", sorted.size(),
                        elapsed / 1e9, sorted.size() / (elapsed / 1e9), pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
            }
        } finally {
            if (store != null) {
                store.close();
            }
            if (temp != null) {
                try (var files = Files.walk(temp)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
