package healthbot.staff;

import healthbot.store.UsageCount;
import healthbot.store.UsageKey;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private final List<UsageCount> rated = List.of(
            count(DAY, "legevakt", "helpful_yes", 7),
            count(DAY, "legevakt", "helpful_no", 1),
            count(DAY.plusDays(1), "legevakt", "helpful_no", 3),
            count(DAY, "gp_register", "helpful_yes", 2));

    @Test
    void helpfulPressesPerIntentAreSummedOverDaysAndSuppressedBelowFive() {
        assertEquals(Map.of("legevakt", new UsageCharts.Helpfulness("7", "<5"), "gp_register", new UsageCharts.Helpfulness("<5", "<5")),
                new UsageCharts(rated).helpfulnessPerIntent());
        String text = new UsageTable(rated).text();
        assertTrue(text.endsWith("was this helpful? per intent (yes / no):\n  gp_register: <5 / <5\n  legevakt: 7 / <5\n"), text);
        assertTrue(new UsageTable(rated).csv().contains("2026-12-07,telegram,nb,legevakt,helpful_yes,7\n"));
        assertTrue(new UsageTable(rated).csv().contains("2026-12-07,telegram,nb,legevakt,helpful_no,<5\n"));
    }

    @Test
    void aFallbackRateIsShownOnlyWhenBothOfItsCountsWouldBe() {
        UsageCharts charts = new UsageCharts(List.of(
                count(DAY, "gp_register", "answer", 15), count(DAY, "fallback", "fallback", 5),
                count(DAY.plusDays(1), "gp_register", "answer", 100), count(DAY.plusDays(1), "fallback", "fallback", 2),
                count(DAY.plusDays(2), "gp_register", "answer", 3), count(DAY.plusDays(2), "fallback", "fallback", 9)));
        assertEquals(Map.of(DAY, "25.0", DAY.plusDays(1), "<5", DAY.plusDays(2), "<5"), charts.fallbackRatePerDay());
    }

    @Test
    void topIntentsPerLanguageAreTheMostAnsweredFirstAndSmallOnesByNameOnly() {
        UsageCharts charts = new UsageCharts(List.of(
                count(DAY, "gp_register", "answer", 6), count(DAY, "legevakt", "answer", 9),
                count(DAY, "interpreter", "answer", 3), count(DAY, "complaints", "answer", 1),
                count(DAY, "thanks", "fallback", 50)));
        Map<String, String> nb = charts.topIntentsPerLanguage(3).get("nb");
        assertEquals(List.of("legevakt", "gp_register", "complaints"), List.copyOf(nb.keySet()),
                "1 and 3 answers are both <5: ordered by name, so the order does not tell which is more");
        assertEquals(List.of("9", "6", "<5"), List.copyOf(nb.values()));
    }
}
