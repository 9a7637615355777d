package healthbot.clock;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** The bot's clock: Norway's time zone, optionally fixed (for {@code --now} and tests). */
public final class OsloClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private OsloClock() {}

    /**
     * A clock fixed at the given ISO local date-time (e.g. {@code 2026-11-21T12:00:00}, seconds
     * optional) read as Europe/Oslo time, or the system clock in Europe/Oslo when the value is
     * {@code null} or blank. A local time skipped by the spring DST change moves forward an hour.
     *
     * @throws IllegalArgumentException when the value is not an ISO local date-time
     */
    public static Clock fixedOrSystem(String isoLocalDateTimeOrNull) {
        if (isoLocalDateTimeOrNull == null || isoLocalDateTimeOrNull.isBlank()) {
            return Clock.system(ZONE);
        }
        try {
            LocalDateTime local = LocalDateTime.parse(isoLocalDateTimeOrNull.trim());
            return Clock.fixed(local.atZone(ZONE).toInstant(), ZONE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Cannot read the time '" + isoLocalDateTimeOrNull
                    + "': expected an ISO local date-time in Norway's time zone, e.g. 2026-11-21T12:00:00", e);
        }
    }

    /** The clock's current time in Europe/Oslo. */
    public static ZonedDateTime now(Clock clock) {
        return ZonedDateTime.now(clock).withZoneSameInstant(ZONE);
    }
}
