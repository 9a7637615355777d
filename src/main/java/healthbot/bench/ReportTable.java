package healthbot.bench;

import healthbot.bench.BenchReport.Check;
import healthbot.bench.BenchReport.Percentiles;

import java.util.Locale;
import java.util.Map;

/** The report as a plain-text table for people: each figure, then each target with ok or MISSED. */
public final class ReportTable {

    private ReportTable() {
    }

    public static String format(BenchReport r) {
        StringBuilder s = new StringBuilder();
        BenchReport.Machine m = r.machine();
        s.append(String.format(Locale.ROOT, "healthbot bench: %d cores, %s, GC %s, max heap %s, timed phases %.0f s%n",
                m.cores(), m.java(), m.gc(), Targets.mib(m.maxHeapBytes()), m.durationSeconds()));
        s.append(String.format(Locale.ROOT, "system load average (1 min): %.2f at start, %.2f at end%s%n",
                m.loadAverageAtStart(), m.loadAverageAtEnd(), Math.max(m.loadAverageAtStart(), m.loadAverageAtEnd())
                        > m.cores() ? "  (other processes competed for the cores: figures are pessimistic)" : ""));
        s.append(String.format(Locale.ROOT, "message mix: %d conversations, %d messages, %d not as expected%n%n",
                r.mix().conversations(), r.mix().messages(), r.mix().unexpected().size()));

        BenchReport.Startup st = r.startup();
        s.append("start-up in this JVM             ms\n");
        row(s, "  JVM start -> bench command", String.valueOf(st.jvmToCommandMs()));
        row(s, "  content load", fmt(st.contentLoadMs()));
        row(s, st.classifierFromCache() ? "  classifier from the model cache" : "  classifier training", fmt(st.classifierMs()));
        row(s, "  bot", fmt(st.botMs()));
        row(s, "  first message", fmt(st.firstMessageMs()));
        row(s, "  total (JVM uptime at 1st answer)", String.valueOf(st.totalMs()));
        if (!r.coldStarts().isEmpty()) {
            s.append(String.format(Locale.ROOT, "%ncold start to first answer (chat --jsonl)    %4s %8s %8s %8s%n",
                    "runs", "min", "median", "max"));
            for (BenchReport.ColdStart c : r.coldStarts()) {
                String name = "  " + c.jvm() + (c.cachedModel() ? ", cached model" : ", trained");
                s.append(String.format(Locale.ROOT, "%-44s %4d %8.0f %8.0f %8.0f%s%n", name, c.runs(), c.minMs(),
                        c.medianMs(), c.maxMs(), c.problem() == null ? "" : "  (" + c.problem() + ")"));
            }
        }

        s.append(String.format(Locale.ROOT, "%nlatency per message (us)         %9s %9s %9s %9s %9s %10s%n",
                "p50", "p90", "p99", "max", "mean", "messages"));
        latency(s, "  whole mix", r.latency());
        for (Map.Entry<String, Percentiles> e : new java.util.TreeMap<>(r.latencyByKind()).entrySet()) {
            latency(s, "  " + e.getKey(), e.getValue());
        }
        latency(s, "  emergency path, any state", r.emergency());
        s.append(String.format(Locale.ROOT, "  (GC during the latency phase: %d collections, %d ms)%n",
                r.gcDuringLatency().collections(), r.gcDuringLatency().millis()));

        s.append(String.format(Locale.ROOT, "%nthroughput (closed loop)        %8s %12s%n", "threads", "msg/s"));
        for (BenchReport.Throughput t : r.throughput()) {
            s.append(String.format(Locale.ROOT, "  %-30s%8d %12.0f%n", t.chats() + " chats", t.threads(),
                    t.messagesPerSecond()));
        }

        BenchReport.Memory mem = r.memory();
        s.append(String.format(Locale.ROOT, "%nmemory%n"));
        row(s, "  retained per idle session", String.format(Locale.ROOT, "%.0f B (%d sessions, %d mid-flow)",
                mem.bytesPerSession(), mem.sessions(), mem.sessionsMidFlow()));
        row(s, "  retained by the bot", Targets.mib(mem.botBytes()));
        row(s, "  live heap, bot + sessions", Targets.mib(mem.liveHeapBytes()));
        row(s, "  peak heap of the run", Targets.mib(mem.peakHeapBytes()) + " (before-GC maximum; sum of pool peaks "
                + Targets.mib(mem.poolPeakSumBytes()) + ", max heap " + Targets.mib(mem.maxHeapBytes()) + ")");
        BenchReport.Allocation a = r.allocation();
        row(s, "  allocated per message", String.format(Locale.ROOT, "%.0f B (%s)", a.bytesPerMessage(),
                a.bytesPerMessageByKind().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " " + Math.round(e.getValue()))
                        .reduce((x, y) -> x + ", " + y).orElse("")));
        row(s, "  jar", r.jar().path() == null ? "not run from a jar"
                : Targets.mib(r.jar().bytes()) + " (" + r.jar().path() + ")");

        s.append(String.format(Locale.ROOT, "%ntargets (design.md)%n"));
        for (Check c : r.checks()) {
            s.append(String.format(Locale.ROOT, "  %-36s %-14s %-16s %s%n", c.what(), c.measured(), c.target(),
                    c.ok() ? "ok" : "MISSED"));
        }
        for (String u : r.mix().unexpected()) {
            s.append("warning: mix step not as expected: ").append(u).append('\n');
        }
        return s.toString();
    }

    private static void row(StringBuilder s, String name, String value) {
        s.append(String.format(Locale.ROOT, "%-34s %s%n", name, value));
    }

    private static void latency(StringBuilder s, String name, Percentiles p) {
        s.append(String.format(Locale.ROOT, "%-32s %9.1f %9.1f %9.1f %9.1f %9.1f %10d%n", name, p.p50Micros(),
                p.p90Micros(), p.p99Micros(), p.maxMicros(), p.meanMicros(), p.messages()));
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
