package healthbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BenchReportTest {

    static BenchReport sample() {
        BenchReport.Startup startup = new BenchReport.Startup(300, 110.5, 1200.25, false, 40, 30, 1700);
        List<BenchReport.ColdStart> coldStarts = List.of(
                BenchReport.ColdStart.of(ColdStarts.PLAIN, true, List.of(700.0, 650.0, 900.0, 640.0), null),
                BenchReport.ColdStart.of(ColdStarts.RUN_LINE, true, List.of(450.0), null));
        BenchReport.Percentiles latency = new BenchReport.Percentiles(1000, 45.5, 110, 800, 5000, 60);
        BenchReport.Percentiles emergency = new BenchReport.Percentiles(500, 25, 40, 150, 900, 30);
        List<BenchReport.Throughput> throughput = List.of(new BenchReport.Throughput(1, 2, 1000, 1.0, 1000),
                new BenchReport.Throughput(10_000, 2, 50_000, 2.0, 25_000));
        BenchReport.Memory memory = new BenchReport.Memory(10_000, 5000, 327.4, 2_000_000, 30_000_000,
                200_000_000, 500_000_000, 6_000_000_000L);
        BenchReport.Jar jar = new BenchReport.Jar("target/healthbot.jar", 21_000_000);
        return new BenchReport(new BenchReport.Machine(2, "OpenJDK 17", "G1", 6_000_000_000L, 60, 0.5, 1.2),
                new BenchReport.Mix(25, 71, List.of("dental, message 2: expected a/b, got c/d")), startup, coldStarts, latency,
                Map.of("emergency", emergency, "flow", latency), new BenchReport.Gc(12, 40), emergency, throughput, memory,
                new BenchReport.Allocation(5000, 65_000, Map.of("flow", 66_000.0)), jar,
                Targets.check(startup, coldStarts, latency, emergency, throughput, memory, jar));
    }

    @Test
    void jsonCarriesEveryFigureUnderItsDocumentedName() throws Exception {
        JsonNode json = new ObjectMapper().readTree(sample().toJson());

        assertEquals(2, json.at("/machine/cores").asInt());
        assertEquals(1.2, json.at("/machine/loadAverageAtEnd").asDouble());
        assertEquals(1, json.at("/mix/unexpected").size());
        assertEquals(300, json.at("/startup/jvmToCommandMs").asLong());
        assertEquals(110.5, json.at("/startup/contentLoadMs").asDouble());
        assertEquals(1200.25, json.at("/startup/classifierMs").asDouble());
        assertFalse(json.at("/startup/classifierFromCache").asBoolean());
        assertEquals("java -jar", json.at("/coldStarts/0/jvm").asText());
        assertTrue(json.at("/coldStarts/0/cachedModel").asBoolean());
        assertEquals(4, json.at("/coldStarts/0/runs").asInt());
        assertEquals(675.0, json.at("/coldStarts/0/medianMs").asDouble());
        assertEquals(640.0, json.at("/coldStarts/0/minMs").asDouble());
        assertEquals(450.0, json.at("/coldStarts/1/medianMs").asDouble());
        assertEquals(30, json.at("/startup/firstMessageMs").asDouble());
        assertEquals(1700, json.at("/startup/totalMs").asLong());
        assertEquals(45.5, json.at("/latency/p50Micros").asDouble());
        assertEquals(800, json.at("/latency/p99Micros").asDouble());
        assertEquals(150, json.at("/latencyByKind/emergency/p99Micros").asDouble());
        assertEquals(150, json.at("/emergency/p99Micros").asDouble());
        assertEquals(12, json.at("/gcDuringLatency/collections").asLong());
        assertEquals(10_000, json.at("/throughput/1/chats").asInt());
        assertEquals(25_000, json.at("/throughput/1/messagesPerSecond").asDouble());
        assertEquals(327.4, json.at("/memory/bytesPerSession").asDouble());
        assertEquals(200_000_000, json.at("/memory/peakHeapBytes").asLong());
        assertEquals(500_000_000, json.at("/memory/poolPeakSumBytes").asLong());
        assertEquals(65_000, json.at("/allocation/bytesPerMessage").asDouble());
        assertEquals(66_000, json.at("/allocation/bytesPerMessageByKind/flow").asDouble());
        assertEquals(21_000_000, json.at("/jar/bytes").asLong());
        assertEquals("start-up to first answer", json.at("/checks/0/what").asText());
        assertTrue(json.at("/checks/0/ok").isBoolean());
    }

    @Test
    void tableShowsEachTargetWithOkOrMissed() {
        String table = ReportTable.format(sample());

        assertTrue(table.contains("message p99"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("  java -jar, cached model") && l.contains(" 675 ")), table);
        assertTrue(table.lines().anyMatch(l -> l.contains("cold start, cached model, run line") && l.endsWith("ok")), table);
        assertTrue(table.lines().anyMatch(l -> l.contains("start-up to first answer") && l.endsWith("ok")), table);
        assertTrue(table.lines().anyMatch(l -> l.contains("emergency p99") && l.endsWith("ok")), table);
        assertTrue(table.contains("warning: mix step not as expected: dental, message 2"), table);
        assertFalse(table.contains("MISSED"), table);
    }

    @Test
    void percentilesAreConvertedFromNanosToMicrosWithOneDecimal() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 1; i <= 100; i++) {
            h.record(i * 1_000L); // 1..100 us
        }
        BenchReport.Percentiles p = BenchReport.Percentiles.of(h);
        assertEquals(100, p.messages());
        assertEquals(50.0, p.p50Micros(), 0.8); // bucket precision: at most 1.6 % above
        assertTrue(p.p50Micros() >= 50.0);
        assertEquals(100.0, p.maxMicros());
        assertEquals(50.5, p.meanMicros());
    }

    @Test
    void millisAreRoundedToTwoDecimals() {
        assertEquals(1.23, Bench.millis(1_234_567));
        assertEquals(0.0, Bench.millis(4_000));
    }
}
