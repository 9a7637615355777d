package healthbot.rules;

import static healthbot.rules.RuleCheck.CTX;
import static healthbot.rules.RuleCheck.n;
import static healthbot.rules.RuleCheck.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** physio_charge (municipal physiotherapy page; the charge limit is the 2018 figure). */
class PhysioChargeRuleTest {

    private final Rule rule = new PhysioChargeRule();

    private static final String MOST_PAY =
            "Most people must pay a patient’s charge for an appointment with a physiotherapist or manual therapist.";
    private static final String UNDER_16 = "Children under 16 years of age";
    private static final String INJURY =
            "People with approved occupational injuries (also applies to service members in the compulsory military service of the Norwegian Armed Forces).";
    private static final String LIMIT = "The patient’s charge limit for 2018 is NOK 2025.";
    private static final String FREE_PASS =
            "Once you have paid this amount, you will automatically receive a free appointment pass in the mail.";

    static Stream<Arguments> rows() {
        return Stream.of(
                row(MOST_PAY, "?age", ""),
                row(UNDER_16, "EXEMPT_UNDER_16", "age=0", "age", 0),
                row(UNDER_16, "EXEMPT_UNDER_16", "age=15", "age", 15),
                row(UNDER_16, "?occupational_injury", "", "age", 16),
                row(UNDER_16, "?age", "", "age", -1),
                row(UNDER_16, "?age", "", "age", 130),
                row(INJURY, "EXEMPT_OCCUPATIONAL_INJURY", "age=16", "age", 16, "occupational_injury", true),
                row(INJURY, "EXEMPT_OCCUPATIONAL_INJURY", "age=19", "age", 19, "occupational_injury", true, "paid", n("0")),
                row(LIMIT, "?paid", "", "age", 40, "occupational_injury", false),
                row(LIMIT, "PAYS_CHARGE", "paid=2024; remaining=1; limit=2025; limit_year=2018; age=40",
                        "age", 40, "occupational_injury", false, "paid", n("2024")),
                row(LIMIT, "PAYS_CHARGE", "paid=2024.50; remaining=0.50",
                        "age", 40, "occupational_injury", false, "paid", n("2024.5")),
                row(LIMIT, "PAYS_CHARGE", "paid=0; remaining=2025", "age", 40, "occupational_injury", false, "paid", n("0")),
                row(FREE_PASS, "FREE_PASS", "paid=2025; limit=2025; limit_year=2018",
                        "age", 40, "occupational_injury", false, "paid", n("2025")),
                row(FREE_PASS, "FREE_PASS", "paid=3000", "age", 70, "occupational_injury", false, "paid", n("3000")),
                row(LIMIT, "?paid", "", "age", 40, "occupational_injury", false, "paid", n("-10")));
    }

    @ParameterizedTest(name = "{index}: {1} {2} <- {3} | {0}")
    @MethodSource("rows")
    void decidesAsTheSourceSays(String quote, String expected, String variables, Answers answers) {
        RuleCheck.assertRow(rule, CTX, expected, variables, answers);
    }

    @Test
    void tableReachesEveryOutcomeAndSlot() {
        RuleCheck.assertTableCovers(rule, rows(), Set.of());
    }

    @Test
    void childIsOnlyAskedTheAge() {
        var c = RuleCheck.converse(rule, CTX, Answers.none(), Map.of("age", 15));
        assertEquals("EXEMPT_UNDER_16", c.decision().outcome());
        assertEquals(List.of("age"), c.asked());
    }

    @Test
    void theLimitIsAlwaysGivenWithItsYear() {
        Decision d = (Decision) RuleCheck.step(rule, Answers.of("age", 40, "occupational_injury", false, "paid", n("100")), CTX);
        assertEquals(Set.of("physio"), d.sources());
        assertTrue(d.reasons().stream().anyMatch(r -> r.contains("for 2018 was NOK 2025") && r.contains("municipality not named")),
                d.reasons()::toString);
    }

    @Test
    void undatedLimitHasNoYear() {
        Facts undated = SeedFacts.seedFactsWith(new Fact("physio.charge_limit", "3000", "physio", null));
        Decision d = (Decision) RuleCheck.step(rule, Answers.of("age", 40, "occupational_injury", false, "paid", n("100")), CTX, undated);
        assertEquals("2900", d.variables().get("remaining").plain());
        assertFalse(d.variables().containsKey("limit_year"));
    }
}
