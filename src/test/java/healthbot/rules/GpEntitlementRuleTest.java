package healthbot.rules;

import static healthbot.rules.RuleCheck.CTX;
import static healthbot.rules.RuleCheck.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** gp_entitlement (Bærum's page). */
class GpEntitlementRuleTest {

    private final Rule rule = new GpEntitlementRule();

    private static final String ENTITLED =
            "Everyone who is registered in the Population Register as a resident in a Norwegian municipality is entitled to be registered as a patient with a general practitioner (fastlege in Norwegian).";
    private static final String NOT_ENTITLED =
            "Labour immigrants who are not registered as residing in a Norwegian municipality are not entitled to a primary doctor.";

    static Stream<Arguments> rows() {
        return Stream.of(
                row(ENTITLED, "?registered", ""),
                row(ENTITLED, "?registered", "", "registered", "maybe"),
                row(ENTITLED, "ENTITLED", "phone=810 59 500; emergency_number=113", "registered", true),
                row(NOT_ENTITLED, "NOT_ENTITLED", "emergency_number=113; phone=810 59 500", "registered", false));
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
    void sourceIsBaerum() {
        Decision d = (Decision) RuleCheck.step(rule, Answers.of("registered", false), CTX);
        assertEquals(Set.of("baerum"), d.sources());
    }
}
