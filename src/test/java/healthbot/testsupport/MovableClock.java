package healthbot.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves forward by hand. */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    /** Saturday 21 November 2026, 11:00 UTC (noon in Oslo), in UTC. */
    public MovableClock() {
        this(Instant.parse("2026-11-21T11:00:00Z"), ZoneOffset.UTC);
    }

    public MovableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
