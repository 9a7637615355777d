package healthbot.bench;

import healthbot.bench.BenchReport.Percentiles;
import healthbot.bench.MessageMix.Conversation;
import healthbot.bench.MessageMix.Kind;
import healthbot.bench.MessageMix.Step;
import healthbot.dialogue.Bot;
import healthbot.dialogue.BotFactory;
import healthbot.dialogue.Reply;
import healthbot.store.ConversationStore;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The {@code bench} measurements, in the order that keeps them honest: start-up first (cold),
 * then warm-up, single-thread latency, the emergency path, allocation, throughput, and last the
 * retained heap (with the measuring bot dropped). A hand-written harness rather than JMH: the
 * figures are about a whole process (start-up, heap per session, a thread pool), JMH's forked
 * runs would not fit the two-minute budget, and the bench must run from the fat jar as is.
 */
public final class Bench {

    /** How long the timed phases take in total (start-up and heap measurements come on top). */
    private static final double WARM_UP = 0.15;
    private static final double LATENCY = 0.25;
    private static final double EMERGENCY = 0.10;
    private static final double ALLOCATION = 0.05;
    private static final double THROUGHPUT = 0.45;
    private static final int CHAT_POOL = 1024;

    /**
     * @param intents         the content directory
     * @param clock           a fixed clock, so time-dependent answers do not vary between runs
     * @param durationSeconds budget of the timed phases
     * @param sessions        idle sessions created to measure the heap per session
     * @param chats           concurrent chat counts for the throughput runs
     * @param store           where the bots keep sessions between messages (SQLite, Redis), or null for in memory
     */
    public record Options(Path intents, Clock clock, double durationSeconds, int sessions, List<Integer> chats,
                          ConversationStore store) {
        public Options(Path intents, Clock clock, double durationSeconds, int sessions, List<Integer> chats) {
            this(intents, clock, durationSeconds, sessions, chats, null);
        }

        public Options {
            Objects.requireNonNull(intents, "intents");
            Objects.requireNonNull(clock, "clock");
            if (!(durationSeconds >= 1 && durationSeconds <= 3600)) {
                throw new IllegalArgumentException("--duration must be between 1 and 3600 seconds, was " + durationSeconds);
            }
            if (sessions < 1 || sessions > 10_000_000) {
                throw new IllegalArgumentException("--sessions must be between 1 and 10000000, was " + sessions);
            }
            chats = List.copyOf(chats);
            if (chats.isEmpty() || chats.stream().anyMatch(c -> c < 1 || c > 10_000_000)) {
                throw new IllegalArgumentException("--chats must list chat counts between 1 and 10000000, was " + chats);
            }
        }
    }

    private final Options options;
    private final PrintStream progress;
    private final List<Conversation> mix = MessageMix.conversations();
    private final int threads = Runtime.getRuntime().availableProcessors();

    private Bench(Options options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    /**
     * Runs every measurement; call it first thing in the process, so start-up is measured cold.
     *
     * @param progress where to say which phase is running (stderr)
     */
    public static BenchReport run(Options options, PrintStream progress) {
        return new Bench(options, progress).run();
    }

    private BenchReport run() {
        long jvmToCommand = ManagementFactory.getRuntimeMXBean().getUptime();
        long probeStart = System.nanoTime();
        HeapProbe heap = new HeapProbe();
        long probeNanos = System.nanoTime() - probeStart;
        BenchReport.Startup startup = startup(jvmToCommand, probeNanos);
        double loadAtStart = loadAverage();
        Warm warm = warmPhases();
        BenchReport.Memory memory = memory(heap);
        BenchReport.Jar jar = jar();
        List<BenchReport.Check> checks = Targets.check(startup, warm.latency, warm.emergency, warm.throughput,
                memory, jar);
        return new BenchReport(machine(loadAtStart), warm.mix, startup, warm.latency, warm.latencyByKind,
                warm.gcDuringLatency, warm.emergency, warm.throughput, memory, warm.allocation, jar, checks);
    }

    /**
     * {@link BotFactory#build} with its steps timed, then the first message. The total leaves out
     * the time the bench spent starting its GC watch, which the application never does.
     */
    private BenchReport.Startup startup(long jvmToCommand, long probeNanos) {
        BotFactory.Built built = BotFactory.build(options.intents(), options.clock(), options.store());
        long t0 = System.nanoTime();
        built.bot().handle("startup", mix.get(0).steps().get(0).text());
        long firstMessage = System.nanoTime() - t0;
        long total = ManagementFactory.getRuntimeMXBean().getUptime() - probeNanos / 1_000_000;
        built.bot().forget("startup"); // a store given with --db/--redis keeps only the sessions measured later
        return new BenchReport.Startup(jvmToCommand, millis(built.loadNanos()), millis(built.trainNanos()),
                millis(built.assembleNanos()), millis(firstMessage), total);
    }

    private record Warm(BenchReport.Mix mix, Percentiles latency, Map<String, Percentiles> latencyByKind,
                        BenchReport.Gc gcDuringLatency, Percentiles emergency, BenchReport.Allocation allocation,
                        List<BenchReport.Throughput> throughput) {
    }

    /** Every phase that needs a warmed-up bot; the bot is unreachable once this returns. */
    private Warm warmPhases() {
        double budget = options.durationSeconds();
        say("building the bot (BotFactory.create); sessions "
                + (options.store() == null ? "in memory" : "in " + options.store().describe()));
        Bot bot = BotFactory.create(options.intents(), options.clock(), options.store());
        BenchReport.Mix checked = checkMix(bot);

        say(String.format(Locale.ROOT, "warm-up %.0f s", budget * WARM_UP));
        LatencyHistogram ignored = new LatencyHistogram();
        playFor(bot, budget * WARM_UP * 2 / 3, "w", ignored, new EnumMap<>(Kind.class), ignored);
        ThroughputRun.run(bot, mix, 100, threads, 0, budget * WARM_UP / 3, "w");

        say(String.format(Locale.ROOT, "latency %.0f s", budget * LATENCY));
        LatencyHistogram all = new LatencyHistogram();
        LatencyHistogram norwegian = new LatencyHistogram();
        EnumMap<Kind, LatencyHistogram> byKind = new EnumMap<>(Kind.class);
        long[] gcBefore = gcCountAndMillis();
        playFor(bot, budget * LATENCY, "l", all, byKind, norwegian);
        long[] gcAfter = gcCountAndMillis();
        BenchReport.Gc gc = new BenchReport.Gc(gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
        Map<String, Percentiles> kinds = new TreeMap<>();
        byKind.forEach((k, h) -> kinds.put(k.name().toLowerCase(Locale.ROOT), Percentiles.of(h)));
        kinds.put("norwegian", Percentiles.of(norwegian));

        say(String.format(Locale.ROOT, "emergency path %.0f s", budget * EMERGENCY));
        Percentiles emergency = emergencies(bot, budget * EMERGENCY);

        say(String.format(Locale.ROOT, "allocation %.0f s", budget * ALLOCATION));
        BenchReport.Allocation allocation = allocation(bot, budget * ALLOCATION);

        List<BenchReport.Throughput> throughput = new ArrayList<>();
        double each = budget * THROUGHPUT / options.chats().size();
        for (int chats : options.chats()) {
            say(String.format(Locale.ROOT, "throughput, %d chats on %d threads, %.0f s", chats, threads, each));
            throughput.add(ThroughputRun.run(bot, mix, chats, threads, each / 5, each * 4 / 5, "t"));
        }
        return new Warm(checked, Percentiles.of(all), kinds, gc, emergency, allocation, throughput);
    }

    /** Plays every conversation once and lists the steps whose reply differs from what the mix expects. */
    private BenchReport.Mix checkMix(Bot bot) {
        List<String> unexpected = new ArrayList<>();
        int messages = 0;
        for (int i = 0; i < mix.size(); i++) {
            Conversation c = mix.get(i);
            String chat = "check-" + i;
            for (int s = 0; s < c.steps().size(); s++) {
                Step step = c.steps().get(s);
                Reply r = bot.handle(chat, step.text());
                messages++;
                if (!step.intent().equals(r.intent()) || !Objects.equals(step.awaiting(), r.awaiting())) {
                    unexpected.add(String.format(Locale.ROOT, "%s, message %d: expected %s/%s, got %s/%s",
                            c.name(), s + 1, step.intent(), step.awaiting(), r.intent(), r.awaiting()));
                }
            }
            bot.forget(chat);
        }
        for (String u : unexpected) {
            say("warning: the message mix no longer matches the content: " + u);
        }
        return new BenchReport.Mix(mix.size(), messages, unexpected);
    }

    /** Plays the mix on one thread for {@code seconds}, timing every message. */
    private void playFor(Bot bot, double seconds, String prefix, LatencyHistogram all,
                         EnumMap<Kind, LatencyHistogram> byKind, LatencyHistogram norwegian) {
        long end = System.nanoTime() + nanos(seconds);
        for (int round = 0; System.nanoTime() < end; round++) {
            Conversation c = mix.get(round % mix.size());
            String chat = prefix + (round % CHAT_POOL);
            for (Step step : c.steps()) {
                long t0 = System.nanoTime();
                bot.handle(chat, step.text());
                long t = System.nanoTime() - t0;
                all.record(t);
                byKind.computeIfAbsent(step.kind(), k -> new LatencyHistogram()).record(t);
                if (c.norwegian()) {
                    norwegian.record(t);
                }
            }
            bot.forget(chat);
        }
    }

    /**
     * Emergency messages sent in every state a chat can be in: new, and waiting for an answer in
     * each flow. Only the emergency message is timed.
     */
    private Percentiles emergencies(Bot bot, double seconds) {
        LatencyHistogram h = new LatencyHistogram();
        List<String> openings = MessageMix.FLOW_OPENINGS;
        List<String> emergencies = MessageMix.EMERGENCIES;
        int missed = 0;
        long end = System.nanoTime() + nanos(seconds);
        for (int i = 0; System.nanoTime() < end; i++) {
            String chat = "e" + (i % CHAT_POOL);
            int state = i % (openings.size() + 1);
            if (state < openings.size()) {
                bot.handle(chat, openings.get(state));
            }
            long t0 = System.nanoTime();
            Reply r = bot.handle(chat, emergencies.get(i % emergencies.size()));
            h.record(System.nanoTime() - t0);
            if (!"emergency".equals(r.intent())) {
                missed++;
            }
            bot.forget(chat);
        }
        if (missed > 0) {
            say("warning: " + missed + " emergency messages were not answered as emergencies");
        }
        return Percentiles.of(h);
    }

    /** Bytes allocated by {@code Bot.handle} on this thread, summed over whole conversations. */
    private BenchReport.Allocation allocation(Bot bot, double seconds) {
        if (!Allocations.supported()) {
            say("warning: this JVM cannot count allocated bytes per thread");
            return new BenchReport.Allocation(0, -1, Map.of());
        }
        EnumMap<Kind, long[]> byKind = new EnumMap<>(Kind.class);
        long bytes = 0;
        long messages = 0;
        long end = System.nanoTime() + nanos(seconds);
        for (int round = 0; System.nanoTime() < end; round++) {
            Conversation c = mix.get(round % mix.size());
            String chat = "a" + (round % CHAT_POOL);
            for (Step step : c.steps()) {
                long before = Allocations.current();
                bot.handle(chat, step.text());
                long used = Allocations.current() - before;
                bytes += used;
                messages++;
                long[] k = byKind.computeIfAbsent(step.kind(), x -> new long[2]);
                k[0] += used;
                k[1]++;
            }
            bot.forget(chat);
        }
        Map<String, Double> perKind = new TreeMap<>();
        byKind.forEach((k, v) -> perKind.put(k.name().toLowerCase(Locale.ROOT), (double) Math.round((double) v[0] / v[1])));
        return new BenchReport.Allocation(messages, messages == 0 ? 0 : Math.round((double) bytes / messages), perKind);
    }

    /**
     * Retained heap: a fresh bot (built as the application builds it) against none, then
     * {@code sessions} chats that each sent the opening message of a conversation of the mix.
     */
    private BenchReport.Memory memory(HeapProbe heap) {
        int n = options.sessions();
        say("retained heap: bot and " + n + " idle sessions");
        long none = HeapProbe.usedAfterGc();
        Bot bot = BotFactory.create(options.intents(), options.clock(), options.store());
        long withBot = HeapProbe.usedAfterGc();
        int midFlow = 0;
        for (int i = 0; i < n; i++) {
            Reply r = bot.handle("m" + i, mix.get(i % mix.size()).steps().get(0).text());
            if (r.awaiting() != null) {
                midFlow++;
            }
        }
        long withSessions = HeapProbe.usedAfterGc();
        if (bot.sessionCount() != n) {
            say("warning: expected " + n + " sessions, the bot holds " + bot.sessionCount());
        }
        Reference.reachabilityFence(bot);
        double perSession = Math.round((withSessions - withBot) * 10.0 / n) / 10.0;
        return new BenchReport.Memory(n, midFlow, perSession, withBot - none, withSessions, heap.peak(),
                HeapProbe.poolPeakSum(), Runtime.getRuntime().maxMemory());
    }

    /** The jar this code runs from, or {@code target/healthbot.jar} next to the classes directory. */
    static BenchReport.Jar jar() {
        try {
            var source = Bench.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path p = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(p)) {
                    return new BenchReport.Jar(p.toString(), Files.size(p));
                }
                Path sibling = p.resolveSibling("healthbot.jar");
                if (Files.isRegularFile(sibling)) {
                    return new BenchReport.Jar(sibling.toString(), Files.size(sibling));
                }
            }
        } catch (URISyntaxException | IOException | SecurityException | IllegalArgumentException e) {
            // no jar to measure: reported as such
        }
        return new BenchReport.Jar(null, 0);
    }

    private static long[] gcCountAndMillis() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }

    private BenchReport.Machine machine(double loadAtStart) {
        String gc = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        return new BenchReport.Machine(threads, System.getProperty("java.vm.name") + " " + Runtime.version(), gc,
                Runtime.getRuntime().maxMemory(), options.durationSeconds(), loadAtStart, loadAverage());
    }

    private void say(String message) {
        progress.println("bench: " + message);
        progress.flush();
    }

    static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    private static long nanos(double seconds) {
        return (long) (seconds * 1e9);
    }
}
