package healthbot.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** emergency_dentist_hours (Østfold): open Sat, Sun and public holidays 11.00–14.00. */
class EmergencyDentistHoursRuleTest {

    private final Rule rule = new EmergencyDentistHoursRule();

    private static final String HOURS =
            "The emergency dental service is open on Saturdays, Sundays and public holidays between 11.00 and 14.00.";

    private static Arguments at(String isoLocalDateTime, String expected, String variables) {
        return Arguments.of(HOURS, expected, variables, Answers.none(), RuleCheck.ctx(isoLocalDateTime));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // Saturday 21 November 2026
                at("2026-11-21T10:59:00", "OPENS_LATER_TODAY", "today=Saturday 21 November; opens=11.00; closes=14.00; phone=69 11 77 99"),
                at("2026-11-21T11:00:00", "OPEN_NOW", "today=Saturday 21 November"),
                at("2026-11-21T13:59:00", "OPEN_NOW", "opens=11.00; closes=14.00"),
                at("2026-11-21T14:00:00", "CLOSED", "next_date=Sunday 22 November"),
                at("2026-11-22T14:00:00", "CLOSED", "next_date=Saturday 28 November"),
                // a Wednesday
                at("2026-11-25T12:00:00", "CLOSED", "today=Wednesday 25 November; next_date=Saturday 28 November"),
                // Easter 2026: Maundy Thursday 2 April, Good Friday 3 April
                at("2026-04-01T12:00:00", "CLOSED", "next_date=Thursday 2 April"),
                at("2026-04-02T12:00:00", "OPEN_NOW", "today=Thursday 2 April"),
                at("2026-04-03T09:00:00", "OPENS_LATER_TODAY", "today=Friday 3 April"),
                at("2026-04-03T12:00:00", "OPEN_NOW", "today=Friday 3 April"),
                at("2026-04-06T14:00:00", "CLOSED", "next_date=Saturday 11 April"),
                // Ascension 14 May, Whit Monday 25 May 2026; 17 May 2027 is a Monday
                at("2026-05-13T12:00:00", "CLOSED", "next_date=Thursday 14 May"),
                at("2026-05-25T12:00:00", "OPEN_NOW", "today=Monday 25 May"),
                at("2027-05-17T11:30:00", "OPEN_NOW", "today=Monday 17 May"),
                at("2027-05-14T15:00:00", "CLOSED", "next_date=Saturday 15 May"),
                // Christmas Eve is not a public holiday; Christmas Day is
                at("2026-12-24T12:00:00", "CLOSED", "next_date=Friday 25 December"),
                at("2026-12-25T13:00:00", "OPEN_NOW", "today=Friday 25 December"));
    }

    @ParameterizedTest(name = "{index}: {1} {2} | {0}")
    @MethodSource("rows")
    void decidesAsTheSourceSays(String quote, String expected, String variables, Answers answers, RuleContext ctx) {
        RuleCheck.assertRow(rule, ctx, expected, variables, answers);
    }

    @Test
    void tableReachesEveryOutcome() {
        RuleCheck.assertTableCovers(rule, rows(), Set.of());
        assertEquals(Set.of(), Set.copyOf(RuleCheck.slotNames(rule)));
    }

    @Test
    void nowInAnotherZoneIsReadAsOsloTime() {
        // 10:30 UTC on Saturday 21 November 2026 is 11:30 in Oslo
        RuleContext utc = new RuleContext(RuleCheck.at("2026-11-21T11:30:00").withZoneSameInstant(ZoneOffset.UTC),
                RuleCheck.HOLIDAYS);
        assertEquals("OPEN_NOW", ((Decision) RuleCheck.step(rule, Answers.none(), utc)).outcome());
    }

    @Test
    void withoutAHolidayCalendarOnlyWeekendsCount() {
        RuleContext noHolidays = new RuleContext(RuleCheck.at("2026-04-03T12:00:00"), null);
        Decision d = (Decision) RuleCheck.step(rule, Answers.none(), noHolidays);
        assertEquals("CLOSED", d.outcome());
        assertEquals("Saturday 4 April", d.variables().get("next_date").plain());
    }

    @Test
    void hoursComeFromTheFacts() {
        Facts changed = SeedFacts.seedFactsWith(new Fact("emergency_dentist.opens", "10:00", "ostfold", null));
        Decision d = (Decision) RuleCheck.step(rule, Answers.none(), RuleCheck.ctx("2026-11-21T10:30:00"), changed);
        assertEquals("OPEN_NOW", d.outcome());
        assertEquals("10:00", d.variables().get("opens").plain());
        assertEquals(Set.of("ostfold"), d.sources());
        assertTrue(d.reasons().get(0).contains("Østfold"), d.reasons()::toString);
    }
}
