package healthbot.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NorwegianHolidaysTest {

    private final NorwegianHolidays holidays = new NorwegianHolidays();

    @ParameterizedTest(name = "{0} {2}: {1}")
    @CsvSource({
            "2026-01-01, true, New Year's Day",
            "2026-04-02, true, Maundy Thursday",
            "2026-04-03, true, Good Friday",
            "2026-04-05, true, Easter Sunday",
            "2026-04-06, true, Easter Monday",
            "2026-05-01, true, Labour Day",
            "2026-05-14, true, Ascension Day",
            "2026-05-17, true, Constitution Day",
            "2026-05-24, true, Whit Sunday",
            "2026-05-25, true, Whit Monday",
            "2026-12-25, true, Christmas Day",
            "2026-12-26, true, Boxing Day",
            "2025-04-18, true, Good Friday 2025",
            "2027-03-26, true, Good Friday 2027",
            "2027-05-17, true, Constitution Day 2027",
            "2026-04-01, false, Wednesday before Easter",
            "2026-04-04, false, Holy Saturday",
            "2026-05-16, false, day before 17 May",
            "2026-11-21, false, an ordinary Saturday",
            "2026-11-25, false, an ordinary Wednesday",
            "2026-12-24, false, Christmas Eve",
            "2026-12-31, false, New Year's Eve"
    })
    void knowsNorwegianPublicHolidays(LocalDate date, boolean expected, String name) {
        assertEquals(expected, holidays.test(date));
    }

    @Test
    void twelveHolidaysAYear() {
        assertEquals(12, holidays.holidays(2026).size());
        assertFalse(holidays.test(null));
    }

    @Test
    void sameAnswersFromManyThreads() throws Exception {
        NorwegianHolidays shared = new NorwegianHolidays();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Set<LocalDate>>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int year = 2000 + i % 50;
                futures.add(pool.submit(() -> shared.holidays(year)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(holidays.holidays(2000 + i % 50), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
