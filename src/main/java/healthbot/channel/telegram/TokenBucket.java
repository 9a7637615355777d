package healthbot.channel.telegram;

/**
 * A token bucket in its "generic cell rate" form: {@code burst} sends at once, then one per
 * {@code intervalNanos}. {@link #reserve} books the next free slot and says how long to wait for it.
 */
final class TokenBucket {

    private final long intervalNanos;
    private final long toleranceNanos;
    private long theoreticalArrival;
    private boolean started;

    TokenBucket(double perSecond, int burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate must be positive and a burst at least 1, got "
                    + perSecond + "/s burst " + burst);
        }
        this.intervalNanos = Math.max(1, (long) (1_000_000_000L / perSecond));
        this.toleranceNanos = (burst - 1) * intervalNanos;
    }

    /** @return nanoseconds to wait before the booked send (0: send now) */
    synchronized long reserve(long now) {
        if (!started) {
            theoreticalArrival = now;
            started = true;
        }
        long sendAt = Math.max(now, theoreticalArrival - toleranceNanos);
        theoreticalArrival = Math.max(theoreticalArrival, now) + intervalNanos;
        return sendAt - now;
    }

    /** True when the bucket is full again at {@code now}, so forgetting it changes nothing. */
    synchronized boolean idle(long now) {
        return !started || now >= theoreticalArrival;
    }
}
