package healthbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void smallValuesGiveExactNearestRankPercentiles() {
        LatencyHistogram h = new LatencyHistogram();
        for (long v = 100; v >= 1; v--) {
            h.record(v);
        }
        assertEquals(100, h.count());
        assertEquals(50, h.percentile(50));
        assertEquals(90, h.percentile(90));
        assertEquals(99, h.percentile(99));
        assertEquals(100, h.percentile(100));
        assertEquals(1, h.percentile(0));
        assertEquals(1, h.min());
        assertEquals(100, h.max());
        assertEquals(50.5, h.mean(), 1e-9);
    }

    @Test
    void percentileOfALargeValueIsNeverBelowItAndAtMostOnePointSixPercentAbove() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 1000; i++) {
            long v = 128 + random.nextLong(10_000_000_000L);
            LatencyHistogram h = new LatencyHistogram();
            h.record(v);
            h.record(v + 1_000_000_000_000L); // keeps max above v, so the bucket edge is what is returned
            long p = h.percentile(50);
            assertTrue(p >= v && p <= v + v / 64, "p50 " + p + " for value " + v);
        }
    }

    @Test
    void percentileIsCappedByTheLargestRecordedValue() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(1_000_001);
        assertEquals(1_000_001, h.percentile(99));
    }

    @Test
    void everyValueLiesWithinItsBucketAndBucketsAreContiguous() {
        long[] edges = {0, 1, 63, 64, 127, 128, 129, 255, 256, 1_000_000, Long.MAX_VALUE - 1, Long.MAX_VALUE};
        for (long v : edges) {
            int i = LatencyHistogram.index(v);
            assertTrue(LatencyHistogram.lowest(i) <= v && v <= LatencyHistogram.highest(i), "value " + v);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 100_000; k++) {
            long v = random.nextLong(Long.MAX_VALUE) >>> random.nextInt(63);
            int i = LatencyHistogram.index(v);
            assertTrue(LatencyHistogram.lowest(i) <= v && v <= LatencyHistogram.highest(i), "value " + v);
        }
        for (int i = 1; i < LatencyHistogram.index(Long.MAX_VALUE); i++) {
            assertEquals(LatencyHistogram.highest(i - 1) + 1, LatencyHistogram.lowest(i), "bucket " + i);
        }
    }

    @Test
    void emptyHistogramReportsZeros() {
        LatencyHistogram h = new LatencyHistogram();
        assertEquals(0, h.percentile(99));
        assertEquals(0, h.max());
        assertEquals(0, h.min());
        assertEquals(0, h.mean());
    }

    @Test
    void negativeDurationsCountAsZero() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(-5);
        assertEquals(0, h.max());
        assertEquals(0, h.percentile(100));
    }

    @Test
    void addMergesCountsAndExtremes() {
        LatencyHistogram a = new LatencyHistogram();
        LatencyHistogram b = new LatencyHistogram();
        for (int v = 1; v <= 50; v++) {
            a.record(v);
        }
        for (int v = 51; v <= 100; v++) {
            b.record(v);
        }
        a.add(b);
        assertEquals(100, a.count());
        assertEquals(1, a.min());
        assertEquals(100, a.max());
        assertEquals(50, a.percentile(50));
        assertEquals(99, a.percentile(99));
    }

    @Test
    void percentileOutsideZeroToHundredIsRejected() {
        LatencyHistogram h = new LatencyHistogram();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.percentile(101));
        assertTrue(e.getMessage().contains("0..100"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> h.percentile(-1));
    }
}
