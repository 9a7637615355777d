package healthbot.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OsloClockTest {

    @ParameterizedTest(name = "{0} Oslo = {1}")
    @CsvSource({
            "2026-11-21T12:00:00, 2026-11-21T11:00:00Z",
            "2026-11-21T12:00, 2026-11-21T11:00:00Z",
            "2026-07-01T12:00:00, 2026-07-01T10:00:00Z",
            "2026-03-29T02:30:00, 2026-03-29T01:30:00Z"
    })
    void fixedTimeIsReadInOslo(String local, String instant) {
        Clock clock = OsloClock.fixedOrSystem(local);
        assertEquals(Instant.parse(instant), clock.instant());
        assertEquals(ZoneId.of("Europe/Oslo"), clock.getZone());
        assertEquals(OsloClock.ZONE, OsloClock.now(clock).getZone());
    }

    @Test
    void nullOrBlankIsTheSystemClockInOslo() {
        for (String none : new String[] {null, "", "  "}) {
            Clock clock = OsloClock.fixedOrSystem(none);
            assertEquals(OsloClock.ZONE, clock.getZone());
            assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"21.11.2026 12:00", "2026-13-01T00:00:00", "tomorrow", "2026-11-21", "2026-11-21T12:00:00Z"})
    void malformedValuesAreRejectedClearly(String bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OsloClock.fixedOrSystem(bad));
        assertTrue(e.getMessage().contains(bad), e.getMessage());
        assertTrue(e.getMessage().contains("2026-11-21T12:00:00"), e.getMessage());
    }
}
