package healthbot.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether Østfold's emergency dentist is open now: Saturdays, Sundays and public holidays between
 * the opening and closing hours (facts, e.g. "11.00"; closing time exclusive). When closed, gives
 * the next open day within two weeks. Asks nothing; a missing holiday predicate means none.
 */
final class EmergencyDentistHoursRule implements Rule {

    static final String NAME = "emergency_dentist_hours";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final int SCAN_DAYS = 14;
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR_MINUTE = new DateTimeFormatterBuilder()
            .appendPattern("H[:mm]").parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0).toFormatter(Locale.ROOT);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Slot> slots() {
        return List.of();
    }

    @Override
    public Set<String> outcomes() {
        return Set.of("OPEN_NOW", "OPENS_LATER_TODAY", "CLOSED");
    }

    @Override
    public Set<String> variables() {
        return Set.of("phone", "opens", "closes", "next_date", "today");
    }

    @Override
    public Set<String> factKeys() {
        return Set.of("emergency_dentist.phone", "emergency_dentist.opens", "emergency_dentist.closes");
    }

    @Override
    public Step next(Answers answers, Facts facts, RuleContext context) {
        DecisionBuilder d = new DecisionBuilder(NAME, facts);
        String opensText = d.text("emergency_dentist.opens");
        String closesText = d.text("emergency_dentist.closes");
        LocalTime opens = time("emergency_dentist.opens", opensText);
        LocalTime closes = time("emergency_dentist.closes", closesText);
        String region = d.regionOf("emergency_dentist.phone");
        d.var("phone", d.text("emergency_dentist.phone")).var("opens", opensText).var("closes", closesText);

        Predicate<LocalDate> holiday = context.publicHoliday() == null ? date -> false : context.publicHoliday();
        ZonedDateTime now = context.now().withZoneSameInstant(OSLO);
        LocalDate today = now.toLocalDate();
        LocalTime time = now.toLocalTime();
        d.day("today", today);

        if (isOpenDay(today, holiday)) {
            if (!time.isBefore(opens) && time.isBefore(closes)) {
                return d.reason("Open %s–%s on Saturdays, Sundays and public holidays (%s); it is %s.",
                        opensText, closesText, region, EN.format(today)).decide("OPEN_NOW");
            }
            if (time.isBefore(opens)) {
                return d.reason("Opens at %s today, %s (%s).", opensText, EN.format(today), region)
                        .decide("OPENS_LATER_TODAY");
            }
        }
        for (int i = 1; i <= SCAN_DAYS; i++) {
            LocalDate day = today.plusDays(i);
            if (isOpenDay(day, holiday)) {
                d.day("next_date", day);
                return d.reason("Closed now; next open %s %s–%s (%s).", EN.format(day), opensText, closesText, region)
                        .decide("CLOSED");
            }
        }
        return d.reason("Closed now; open only on Saturdays, Sundays and public holidays (%s).", region)
                .decide("CLOSED");
    }

    private static boolean isOpenDay(LocalDate date, Predicate<LocalDate> holiday) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || holiday.test(date);
    }

    /** "11.00", "11:00" or "11" as a time of day. */
    private static LocalTime time(String key, String value) {
        try {
            return LocalTime.parse(value.trim().replace('.', ':'), HOUR_MINUTE);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Fact '" + key + "' is '" + value
                    + "', but the emergency dentist rule needs a time like 11.00. Fix it in intents/facts.json.", e);
        }
    }
}
