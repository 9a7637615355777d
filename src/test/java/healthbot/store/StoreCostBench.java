package healthbot.store;

import healthbot.clock.OsloClock;
import healthbot.dialogue.Bot;
import healthbot.dialogue.BotFactory;
import healthbot.staff.UsageCounter;
import healthbot.testsupport.RedisServer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What keeping sessions in a store costs per message, on one thread: the CPU time (which other
 * processes on the machine barely disturb, unlike wall-clock percentiles) and the wall-clock
 * p50/p99, for no store, the in-memory store (the session codec alone), a SQLite file and a
 * real redis-server on loopback; {@code redis-replica} is a primary with one replica, so that each
 * save waits for the replica's acknowledgement ({@code WAIT}). With {@code -Dhb.scope=true} each
 * message is answered as the channel answers a Telegram update ({@link ConversationStore#answering}:
 * the session before it is kept with the new one). With {@code -Dhb.counts=true} the bot counts every reply
 * into the store's daily usage counters as {@code telegram} does ({@link UsageCounter}: one to three counter
 * writes per reply), so the difference to a run without it is the cost of the count writes. A measurement
 * tool, not a test.
 *
 * <pre>
 * mvn -q -DskipTests package && mvn -q test-compile
 * java -cp target/test-classes:target/healthbot.jar healthbot.store.StoreCostBench [rounds]
 * java -Dhb.scope=true -Dhb.kinds=sqlite,redis,redis-replica -cp ... healthbot.store.StoreCostBench [rounds]
 * java -Dhb.counts=true -Dhb.kinds=sqlite -cp ... healthbot.store.StoreCostBench [rounds]
 * java -Dhb.kinds=sqlite-count -cp ... healthbot.store.StoreCostBench [rounds]     (one counter write alone, rounds x 10 writes)
 * </pre>
 */
public final class StoreCostBench {

    private static final String[] CONVERSATION = {"travel refund for dentist", "Yes", "No", "No", "Own car", "174 km",
            "what is the emergency number", "is the dentist free for me?", "2006", "Østfold"};

    private StoreCostBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path dir = Files.createTempDirectory("healthbot-storecost");
        try (RedisServer redis = RedisServer.start(null); RedisServer primary = RedisServer.start(null);
             RedisServer replica = RedisServer.replicaOf(primary)) {
            for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT up
                for (String kind : System.getProperty("hb.kinds", "none,memory,sqlite,redis").split(",")) {
                    Path db = dir.resolve("cost-" + pass + ".db");
                    try (ConversationStore store = switch (kind) {
                        case "memory" -> Stores.inMemory();
                        case "sqlite", "sqlite-count" -> Stores.sqlite(db);
                        case "redis" -> Stores.redis(redis.url(pass));
                        case "redis-replica" -> Stores.redis(primary.url(pass));
                        default -> null;
                    }) {
                        String line = kind.endsWith("-count") ? measureCounts(kind, store, rounds * CONVERSATION.length)
                                : measure(kind, store, rounds);
                        if (pass == 1) {
                            System.out.println(line);
                        }
                    }
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** One daily counter write alone ({@link ConversationStore#addCount}), over 40 keys as a day of traffic has. */
    private static String measureCounts(String kind, ConversationStore store, int writes) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] wall = new long[writes];
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 21);
        long cpu0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < writes; i++) {
            UsageKey key = new UsageKey(day, "telegram", i % 2 == 0 ? "en" : "nb", "intent" + (i % 20), "answer");
            long t0 = System.nanoTime();
            store.addCount(key, 1);
            wall[i] = System.nanoTime() - t0;
        }
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        Arrays.sort(wall);
        return String.format(Locale.ROOT, "%-13s %6.1f us CPU per count write; wall p50 %6.1f us, p99 %7.1f us (%d writes)",
                kind, cpu / 1e3 / writes, wall[writes / 2] / 1e3, wall[writes * 99 / 100] / 1e3, writes);
    }

    private static String measure(String kind, ConversationStore store, int rounds) {
        Bot bot = BotFactory.create(Path.of("intents"), OsloClock.fixedOrSystem("2026-11-21T12:00:00"), store);
        if (store != null && Boolean.getBoolean("hb.counts")) {
            bot.listen(new UsageCounter(store, "telegram"));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] wall = new long[rounds * CONVERSATION.length];
        int n = 0;
        boolean scoped = store != null && Boolean.getBoolean("hb.scope");
        long update = 0;
        long cpu0 = mx.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            String chat = "c" + (r % 500);
            for (String message : CONVERSATION) {
                long t0 = System.nanoTime();
                if (scoped) {
                    try (AnswerScope scope = store.answering(chat, ++update)) {
                        bot.handle(chat, message);
                    }
                } else {
                    bot.handle(chat, message);
                }
                wall[n++] = System.nanoTime() - t0;
            }
        }
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        Arrays.sort(wall);
        return String.format(Locale.ROOT, "%-13s %6.1f us CPU per message; wall p50 %6.1f us, p99 %7.1f us (%d messages)",
                kind, cpu / 1e3 / n, wall[n / 2] / 1e3, wall[n * 99 / 100] / 1e3, n);
    }
}
