package healthbot.staff;

import healthbot.store.UsageCount;
import healthbot.store.UsageKey;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counts below five never leave the machine exactly: rows, totals and series. */
class UsageTableTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private static UsageCount count(LocalDate day, String intent, String measure, long n) {
        return new UsageCount(new UsageKey(day, "telegram", "nb", intent, measure), n);
    }

    private final UsageTable table = new UsageTable(List.of(
            count(DAY, "legevakt", "answer", 4),
            count(DAY, "gp_register", "answer", 5),
            count(DAY.plusDays(1), "legevakt", "answer", 1),
            count(DAY, "fallback", "fallback", 2),
            count(DAY.plusDays(1), "fallback", "fallback", 2)));

    @Test
    void everyCountBelowFiveIsShownAsFewAndFiveAndAboveExactly() {
        assertEquals("<5", UsageTable.shown(0));
        assertEquals("<5", UsageTable.shown(4));
        assertEquals("5", UsageTable.shown(5));
        assertEquals(List.of("<5", "5", "<5", "<5", "<5"), table.rows().stream().map(UsageTable.Row::count).toList());
    }

    @Test
    void totalsAndSeriesAreSummedFirstAndSuppressedAfter() {
        assertEquals(Map.of("answer", "10", "fallback", "<5"), table.totals());
        assertEquals(Map.of(DAY, "9", DAY.plusDays(1), "<5"), table.perDay("answer"));
        assertEquals(Map.of("legevakt", "5", "gp_register", "5"), table.perIntent("answer"));
    }

    @Test
    void theCsvHasAHeaderAndNoExactSmallCount() {
        assertEquals("day,channel,language,intent,measure,count\n"
                + "2026-12-07,telegram,nb,legevakt,answer,<5\n"
                + "2026-12-07,telegram,nb,gp_register,answer,5\n"
                + "2026-12-08,telegram,nb,legevakt,answer,<5\n"
                + "2026-12-07,telegram,nb,fallback,fallback,<5\n"
                + "2026-12-08,telegram,nb,fallback,fallback,<5\n", table.csv());
    }
}
