package healthbot.bench;

/**
 * Latencies in nanoseconds, counted in log-linear buckets: exact below 128 ns, then 64 buckets
 * per power of two, so a percentile is at most 1.6 % above the true value. Recording allocates
 * nothing (the bench must not disturb the allocation and GC figures it measures). Not thread-safe:
 * one per thread, then {@link #add}.
 */
final class LatencyHistogram {

    private static final int SUB_BITS = 6;
    private static final int SUB = 1 << SUB_BITS;
    private static final int BUCKETS = SUB + (63 - SUB_BITS) * SUB;

    private final long[] counts = new long[BUCKETS];
    private long count;
    private long max;
    private long min = Long.MAX_VALUE;
    private long sum;

    void record(long nanos) {
        long v = Math.max(0, nanos);
        counts[index(v)]++;
        count++;
        sum += v;
        max = Math.max(max, v);
        min = Math.min(min, v);
    }

    void add(LatencyHistogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
        count += other.count;
        sum += other.sum;
        max = Math.max(max, other.max);
        min = Math.min(min, other.min);
    }

    long count() {
        return count;
    }

    long max() {
        return max;
    }

    long min() {
        return count == 0 ? 0 : min;
    }

    double mean() {
        return count == 0 ? 0 : (double) sum / count;
    }

    /**
     * The nearest-rank percentile: the smallest recorded value (to bucket precision, never below
     * the true one) that at least {@code p} % of the values do not exceed; 0 when empty.
     */
    long percentile(double p) {
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be within 0..100, was " + p);
        }
        if (count == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * count));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(highest(i), max);
            }
        }
        return max;
    }

    static int index(long v) {
        if (v < SUB) {
            return (int) v;
        }
        int shift = 63 - Long.numberOfLeadingZeros(v) - SUB_BITS;
        return SUB + shift * SUB + (int) (v >>> shift) - SUB;
    }

    /** The smallest value counted in bucket {@code index}. */
    static long lowest(int index) {
        if (index < SUB) {
            return index;
        }
        int shift = (index - SUB) / SUB;
        int sub = (index - SUB) % SUB;
        return (long) (SUB + sub) << shift;
    }

    /** The largest value counted in bucket {@code index}. */
    static long highest(int index) {
        return index + 1 >= BUCKETS ? Long.MAX_VALUE : lowest(index + 1) - 1;
    }
}
