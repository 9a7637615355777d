package healthbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import healthbot.bench.BenchReport.Check;

import java.util.List;

import org.junit.jupiter.api.Test;

class TargetsTest {

    private static final BenchReport.Startup FAST_START = new BenchReport.Startup(200, 100, 1000, false, 50, 20, 1999);
    private static final BenchReport.Percentiles FAST = new BenchReport.Percentiles(10, 199.9, 500, 999.9, 5000, 100);
    private static final BenchReport.Memory SMALL = new BenchReport.Memory(10_000, 1, 2047, 1, 255L << 20, 1, 1, 1);
    private static final BenchReport.Jar JAR = new BenchReport.Jar("healthbot.jar", (40L << 20) - 1);

    private static List<Check> check(BenchReport.Startup s, BenchReport.Percentiles latency,
                                     BenchReport.Percentiles emergency, List<BenchReport.Throughput> t,
                                     BenchReport.Memory m, BenchReport.Jar jar) {
        return Targets.check(s, List.of(), latency, emergency, t, m, jar);
    }

    private static Check named(List<Check> checks, String prefix) {
        return checks.stream().filter(c -> c.what().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void figuresJustInsideEveryTargetAreOk() {
        BenchReport.Percentiles emergency = new BenchReport.Percentiles(10, 50, 100, 199.9, 300, 60);
        List<Check> checks = check(FAST_START, FAST, emergency,
                List.of(new BenchReport.Throughput(10_000, 2, 1, 1, 20_001)), SMALL, JAR);
        assertEquals(8, checks.size());
        assertTrue(checks.stream().allMatch(Check::ok), checks.toString());
    }

    @Test
    void figuresOnTheTargetAreMissed() {
        BenchReport.Startup slow = new BenchReport.Startup(200, 100, 1000, false, 50, 20, 2000);
        BenchReport.Percentiles atLimit = new BenchReport.Percentiles(10, 200, 500, 1000, 5000, 100);
        BenchReport.Memory big = new BenchReport.Memory(10_000, 1, 2048, 1, 256L << 20, 1, 1, 1);
        List<Check> checks = check(slow, atLimit, atLimit,
                List.of(new BenchReport.Throughput(10_000, 2, 1, 1, 20_000)), big,
                new BenchReport.Jar("healthbot.jar", 40L << 20));
        assertTrue(checks.stream().noneMatch(Check::ok), checks.toString());
        assertEquals("2000 ms", named(checks, "start-up").measured());
        assertEquals("0.200 ms", named(checks, "message p50").measured());
    }

    @Test
    void throughputTargetIsJudgedOnTheRunWithMostChats() {
        List<BenchReport.Throughput> runs = List.of(new BenchReport.Throughput(1, 2, 1, 1, 90_000),
                new BenchReport.Throughput(10_000, 2, 1, 1, 15_000), new BenchReport.Throughput(100, 2, 1, 1, 90_000));
        Check c = named(check(FAST_START, FAST, FAST, runs, SMALL, JAR), "throughput");
        assertEquals("throughput, 10000 chats", c.what());
        assertEquals("15000 msg/s", c.measured());
        assertFalse(c.ok());
    }

    @Test
    void throughputWithoutTenThousandChatsCannotMeetTheTarget() {
        Check c = named(check(FAST_START, FAST, FAST, List.of(new BenchReport.Throughput(100, 2, 1, 1, 90_000)),
                SMALL, JAR), "throughput");
        assertFalse(c.ok());
        assertTrue(c.target().contains("not run"), c.target());
    }

    @Test
    void noJarCheckWhenNotRunFromAJar() {
        List<Check> checks = check(FAST_START, FAST, FAST, List.of(), SMALL, new BenchReport.Jar(null, 0));
        assertTrue(checks.stream().noneMatch(c -> c.what().contains("jar")), checks.toString());
        assertTrue(checks.stream().noneMatch(c -> c.what().contains("throughput")), checks.toString());
    }

    @Test
    void coldStartsAreJudgedByTheirMedianAgainstTheTargetOfTheirKind() {
        List<BenchReport.ColdStart> starts = List.of(
                BenchReport.ColdStart.of(ColdStarts.PLAIN, true, List.of(990.0, 999.0, 5000.0), null),
                BenchReport.ColdStart.of(ColdStarts.PLAIN, false, List.of(2100.0), null),
                BenchReport.ColdStart.of(ColdStarts.RUN_LINE, true, List.of(600.0, 700.0, 500.0), null),
                BenchReport.ColdStart.of(ColdStarts.RUN_LINE, false, List.of(1500.0), null));
        List<Check> checks = Targets.check(FAST_START, starts, FAST, FAST, List.of(), SMALL, JAR);
        Check plainCached = named(checks, "cold start, cached model, java -jar");
        assertEquals("999 ms median", plainCached.measured());
        assertTrue(plainCached.ok());
        Check runLineCached = named(checks, "cold start, cached model, run line");
        assertEquals("600 ms median", runLineCached.measured());
        assertFalse(runLineCached.ok());
        assertTrue(named(checks, "cold start, retrained, run line").ok());
        assertTrue(checks.stream().noneMatch(c -> c.what().equals("cold start, retrained, java -jar")),
                "design.md has no target for retraining without the archive");
    }

    @Test
    void aColdStartThatFailedMissesItsTarget() {
        List<BenchReport.ColdStart> starts = List.of(
                BenchReport.ColdStart.of(ColdStarts.RUN_LINE, true, List.of(), "the model did not come from the cache"));
        Check c = named(Targets.check(FAST_START, starts, FAST, FAST, List.of(), SMALL, JAR), "cold start");
        assertEquals("failed", c.measured());
        assertFalse(c.ok());
    }
}
