package healthbot.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Compares a duration, in the unit it was given in, with a rule's threshold in calendar months
 * ("a continuous stay of 3 months or more").
 *
 * <p>Months and years compare exactly (a year is 12 months). Days and weeks do not: 3 months are
 * 89 to 92 days depending on which months they are. So a number of days below the shortest span
 * of that many months is less, one above the longest is more, and one in between cannot be
 * decided: the rule then asks for the duration in months instead of guessing. The spans are
 * counted on the calendar (every start month of a four-year leap cycle), not from an average.
 */
final class MonthsThreshold {

    /** How a duration relates to the threshold. */
    enum Relation { LESS, EQUAL, MORE, UNDECIDED }

    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
    private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);
    private static final BigDecimal AVERAGE_DAYS_PER_MONTH = new BigDecimal("30.436875"); // 365.2425 / 12

    private MonthsThreshold() {}

    static Relation compare(SlotValue.Duration given, int months) {
        BigDecimal inMonths = exactMonths(given);
        if (inMonths != null) {
            int c = inMonths.compareTo(BigDecimal.valueOf(months));
            return c < 0 ? Relation.LESS : c == 0 ? Relation.EQUAL : Relation.MORE;
        }
        BigDecimal days = days(given);
        if (days.compareTo(BigDecimal.valueOf(shortestDays(months))) < 0) {
            return Relation.LESS;
        }
        return days.compareTo(BigDecimal.valueOf(longestDays(months))) > 0 ? Relation.MORE : Relation.UNDECIDED;
    }

    /** The duration in months when months or years, else null (days and weeks have no exact number of months). */
    static BigDecimal exactMonths(SlotValue.Duration given) {
        return switch (given.unit()) {
            case MONTH -> given.amount();
            case YEAR -> given.amount().multiply(MONTHS_PER_YEAR);
            case WEEK, DAY -> null;
        };
    }

    /** Whole months the duration certainly reaches (rounded down; days and weeks by the longest months). */
    static int wholeMonthsReached(SlotValue.Duration given) {
        BigDecimal exact = exactMonths(given);
        if (exact != null) {
            return exact.setScale(0, RoundingMode.FLOOR).intValueExact();
        }
        int months = 0;
        while (months < Read.MAX_MONTHS && days(given).compareTo(BigDecimal.valueOf(longestDays(months + 1))) >= 0) {
            months++;
        }
        return months;
    }

    /** Whole months after which the threshold is certainly reached, however the months fall (rounded up). */
    static int monthsLeft(SlotValue.Duration given, int threshold) {
        BigDecimal exact = exactMonths(given);
        BigDecimal reached = exact != null ? exact : days(given).divide(AVERAGE_DAYS_PER_MONTH, 2, RoundingMode.FLOOR);
        BigDecimal left = BigDecimal.valueOf(threshold).subtract(reached);
        return left.signum() <= 0 ? 0 : left.setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** Months and years to days are not exact; only days and weeks are asked for here. */
    private static BigDecimal days(SlotValue.Duration given) {
        return switch (given.unit()) {
            case DAY -> given.amount();
            case WEEK -> given.amount().multiply(DAYS_PER_WEEK);
            case MONTH, YEAR -> throw new IllegalArgumentException("months and years compare exactly, not by days");
        };
    }

    static long shortestDays(int months) {
        long shortest = Long.MAX_VALUE;
        for (LocalDate start = LocalDate.of(2024, 1, 1); start.getYear() < 2028; start = start.plusMonths(1)) {
            shortest = Math.min(shortest, ChronoUnit.DAYS.between(start, start.plusMonths(months)));
        }
        return shortest;
    }

    static long longestDays(int months) {
        long longest = 0;
        for (LocalDate start = LocalDate.of(2024, 1, 1); start.getYear() < 2028; start = start.plusMonths(1)) {
            longest = Math.max(longest, ChronoUnit.DAYS.between(start, start.plusMonths(months)));
        }
        return longest;
    }
}
