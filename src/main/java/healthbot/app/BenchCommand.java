package healthbot.app;

import healthbot.bench.Bench;
import healthbot.bench.BenchReport;
import healthbot.bench.ReportTable;
import healthbot.clock.OsloClock;
import healthbot.store.ConversationStore;
import healthbot.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bench}: measures start-up, latency, throughput and memory on this machine against design.md's targets. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure start-up, per-message latency, throughput and memory on this machine.",
                "Run it as the first thing in a fresh JVM: start-up is measured cold.",
                "Prints a table; with --json the JSON report goes to stdout and the table to stderr."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Write the report as JSON on stdout (the table goes to stderr).")
    boolean json;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time for the timed phases (warm-up, latency, emergency, allocation, throughput); "
                    + "start-up and heap measurements add a few seconds. Default: ${DEFAULT-VALUE}.")
    double duration;

    @Option(names = "--sessions", paramLabel = "N", defaultValue = "10000",
            description = "Idle sessions created to measure the heap per session. Default: ${DEFAULT-VALUE}.")
    int sessions;

    @Option(names = "--chats", paramLabel = "N", split = ",", defaultValue = "1,100,10000",
            description = "Concurrent chat counts for the throughput runs. Default: ${DEFAULT-VALUE}.")
    List<Integer> chats;

    @Option(names = "--now", paramLabel = "DATE-TIME", defaultValue = "2026-11-21T12:00:00",
            description = "The fixed clock the bot runs on (Norway's time zone). Default: ${DEFAULT-VALUE}.")
    String now;

    @Mixin
    IntentsOption intentsOption;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--redis", paramLabel = "URL",
            description = "Keep sessions in this Redis (redis://[:password@]host:port[/db]) instead of in memory.")
    String redis;

    @Override
    public Integer call() {
        if (redis != null && storeOption.db != null) {
            throw new UserError("give --db or --redis, not both");
        }
        BenchReport report;
        ConversationStore opened;
        try {
            opened = redis != null ? Stores.redis(redis) : storeOption.openOrNull();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try (ConversationStore store = opened) {
            report = Bench.run(new Bench.Options(intentsOption.dir, OsloClock.fixedOrSystem(now), duration, sessions,
                    chats, store), System.err);
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        String table = ReportTable.format(report);
        if (json) {
            System.err.print(table);
            System.err.flush();
            out.println(report.toJson());
        } else {
            out.print(table);
        }
        out.flush();
        return 0;
    }
}
