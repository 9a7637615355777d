package healthbot.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A duration is compared with the rule's threshold in the unit it was given in: weeks and days
 * against the calendar, months and years exactly; the reply gets what it needs to say how the
 * value was read.
 */
class DurationsAgainstMonthsTest {

    private final Rule rule = new DentalEligibilityRule();

    private static SlotValue.Duration d(String amount, DurationUnit unit) {
        return new SlotValue.Duration(new BigDecimal(amount), unit);
    }

    @ParameterizedTest(name = "{0} {1} against 3 months is {2}")
    @CsvSource({
            "3, WEEK, LESS", "12, WEEK, LESS", "13, WEEK, UNDECIDED", "14, WEEK, MORE",
            "88, DAY, LESS", "89, DAY, UNDECIDED", "92, DAY, UNDECIDED", "93, DAY, MORE",
            "2.5, MONTH, LESS", "3, MONTH, EQUAL", "4, MONTH, MORE",
            "0.25, YEAR, EQUAL", "0.2, YEAR, LESS", "1, YEAR, MORE",
    })
    void aDurationIsComparedInItsOwnUnit(String amount, DurationUnit unit, MonthsThreshold.Relation expected) {
        assertEquals(expected, MonthsThreshold.compare(d(amount, unit), 3));
    }

    @Test
    void threeMonthsAreEightyNineToNinetyTwoDaysOnTheCalendar() {
        assertEquals(89, MonthsThreshold.shortestDays(3));
        assertEquals(92, MonthsThreshold.longestDays(3));
    }

    @Test
    void threeWeeksInAnInstitutionAreLessThanThreeMonthsAndTheReplyCanSaySo() {
        Decision decision = (Decision) RuleCheck.step(rule, Answers.of("birth_year", 1950, "category", "institution",
                "months", d("3", DurationUnit.WEEK)), RuleCheck.CTX);
        assertEquals("ACUTE_ONLY_INSTITUTION", decision.outcome());
        assertEquals(new Value.Word("week"), decision.variables().get("given_unit"));
        assertEquals(new Value.Word("less"), decision.variables().get("given_is"));
        assertEquals(new Value.Whole(3), decision.variables().get("months_left"), "rounded up: after 3 more months it is certainly reached");
    }

    @Test
    void twoYearsOfHomeNursingAreTwentyFourMonths() {
        Decision decision = (Decision) RuleCheck.step(rule, Answers.of("birth_year", 1950, "category", "home_nursing",
                "weekly", true, "months", d("2", DurationUnit.YEAR)), RuleCheck.CTX);
        assertEquals("FREE_HOME_NURSING", decision.outcome());
        assertEquals(new Value.Quantity(new BigDecimal("24")), decision.variables().get("months"));
        assertEquals(new Value.Word("at_least"), decision.variables().get("given_is"));
    }

    @Test
    void thirteenWeeksAreTooCloseToThreeMonthsSoTheMonthsAreAskedFor() {
        Step step = RuleCheck.step(rule, Answers.of("birth_year", 1950, "category", "institution",
                "months", d("13", DurationUnit.WEEK)), RuleCheck.CTX);
        assertEquals("months", assertInstanceOf(Step.Ask.class, step).slot());
    }

    @Test
    void aSentenceOfExactlyThreeMonthsGivenInYearsIsNotLongerThanThreeMonths() {
        Decision decision = (Decision) RuleCheck.step(rule, Answers.of("birth_year", 1950, "category", "convict",
                "home_sentence", false, "months", d("0.25", DurationUnit.YEAR)), RuleCheck.CTX);
        assertEquals("CONVICT_ACUTE_ONLY", decision.outcome());
        assertEquals(new Value.Word("not_more"), decision.variables().get("given_is"));
    }

    @Test
    void aBareNumberOfMonthsStillDecidesWithoutAReadingNote() {
        Decision decision = (Decision) RuleCheck.step(rule, Answers.of("birth_year", 1950, "category", "institution",
                "months", 4), RuleCheck.CTX);
        assertEquals("FREE_INSTITUTION", decision.outcome());
        assertEquals(null, decision.variables().get("given_unit"));
    }
}
