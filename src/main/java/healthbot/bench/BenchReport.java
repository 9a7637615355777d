package healthbot.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.List;
import java.util.Map;

/**
 * Everything one {@code bench} run measured; serialised as the {@code --json} output. Times are in
 * milliseconds or microseconds and sizes in bytes, as each field's name says.
 */
public record BenchReport(Machine machine, Mix mix, Startup startup, List<ColdStart> coldStarts, Percentiles latency,
                          Map<String, Percentiles> latencyByKind, Gc gcDuringLatency, Percentiles emergency,
                          List<Throughput> throughput, Memory memory, Allocation allocation, Jar jar,
                          List<Check> checks) {

    public BenchReport {
        coldStarts = List.copyOf(coldStarts);
        latencyByKind = Map.copyOf(latencyByKind);
        throughput = List.copyOf(throughput);
        checks = List.copyOf(checks);
    }

    /**
     * Where it ran: the figures mean little without it. The system load averages (1 minute, -1 when
     * unknown) at the start and end show whether other processes competed for the cores.
     */
    public record Machine(int cores, String java, String gc, long maxHeapBytes, double durationSeconds,
                          double loadAverageAtStart, double loadAverageAtEnd) {
    }

    /** The message mix, and any step whose reply was not what the mix expects (content drift). */
    public record Mix(int conversations, int messages, List<String> unexpected) {
        public Mix {
            unexpected = List.copyOf(unexpected);
        }
    }

    /**
     * Start-up to the first answer in the bench's own JVM, split: JVM start to the bench command,
     * content load, the classifier (loaded from the model cache when {@code classifierFromCache},
     * else trained), building the bot, the first message; {@code totalMs} is the JVM's uptime when
     * the first answer was ready.
     */
    public record Startup(long jvmToCommandMs, double contentLoadMs, double classifierMs, boolean classifierFromCache,
                          double botMs, double firstMessageMs, long totalMs) {
    }

    /**
     * Fresh {@code java -jar healthbot.jar chat --jsonl} processes timed from process start to the
     * first answer line: {@code jvm} says which JVM options ("java -jar" or the run line's), and
     * {@code cachedModel} whether the model came from the cache or was trained. {@code problem}
     * says why a start failed (its time is then left out), or is null.
     */
    public record ColdStart(String jvm, boolean cachedModel, int runs, double minMs, double medianMs, double maxMs,
                            String problem) {
        static ColdStart of(String jvm, boolean cachedModel, List<Double> millis, String problem) {
            double min = millis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            double max = millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            return new ColdStart(jvm, cachedModel, millis.size(), round(min), round(ColdStarts.median(millis)), round(max),
                    problem);
        }

        private static double round(double ms) {
            return Double.isNaN(ms) ? ms : Math.round(ms * 10) / 10.0;
        }
    }

    /** Per-message latency distribution, in microseconds. */
    public record Percentiles(long messages, double p50Micros, double p90Micros, double p99Micros,
                              double maxMicros, double meanMicros) {
        static Percentiles of(LatencyHistogram h) {
            return new Percentiles(h.count(), micros(h.percentile(50)), micros(h.percentile(90)),
                    micros(h.percentile(99)), micros(h.max()), Math.round(h.mean() / 100.0) / 10.0);
        }

        private static double micros(long nanos) {
            return Math.round(nanos / 100.0) / 10.0;
        }
    }

    /** Garbage collections during a phase and the time the collectors report for them (pauses, for G1's young GCs). */
    public record Gc(long collections, long millis) {
    }

    /** Closed-loop throughput: {@code chats} chats, each sending its next message as soon as it has the answer. */
    public record Throughput(int chats, int threads, long messages, double seconds, double messagesPerSecond) {
    }

    /**
     * Retained heap, measured after several full GCs: the bot alone, and per idle session
     * ({@code sessions} chats that each sent one message, {@code sessionsMidFlow} of them left
     * waiting for an answer). {@code peakHeapBytes} is the most heap ever in use before a GC during
     * the run: it grows with the maximum heap, because the GC lets garbage pile up when it may.
     * {@code poolPeakSumBytes} adds up each heap pool's own peak, which overstates (the pools
     * peak at different moments); shown for comparison only.
     */
    public record Memory(int sessions, int sessionsMidFlow, double bytesPerSession, long botBytes,
                         long liveHeapBytes, long peakHeapBytes, long poolPeakSumBytes, long maxHeapBytes) {
    }

    /** Bytes allocated per message on the handling thread (ThreadMXBean), overall and by kind. */
    public record Allocation(long messages, double bytesPerMessage, Map<String, Double> bytesPerMessageByKind) {
        public Allocation {
            bytesPerMessageByKind = Map.copyOf(bytesPerMessageByKind);
        }
    }

    /** The fat jar, or a null path and 0 bytes when the bench did not run from a jar. */
    public record Jar(String path, long bytes) {
    }

    /** One figure against its design.md target. */
    public record Check(String what, String measured, String target, boolean ok) {
    }

    /** The report as indented JSON. */
    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the bench report as JSON", e);
        }
    }
}
