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

/** clinic_for_age (Bærum's page). */
class ClinicForAgeRuleTest {

    private final Rule rule = new ClinicForAgeRule();

    private static final String CHILD =
            "Children’s health clinics provide services for children up to six years old and their parents.";
    private static final String YOUTH =
            "For young people between the ages of 12 and 24, the health clinics provide counselling and information";

    static Stream<Arguments> rows() {
        return Stream.of(
                row(CHILD, "?age", ""),
                row(CHILD, "CHILD_CLINIC", "age=0; child_max_age=6", "age", 0),
                row(CHILD, "CHILD_CLINIC", "age=6", "age", 6),
                row(CHILD, "NO_CLINIC_IN_SOURCE", "age=7; child_max_age=6; youth_min_age=12", "age", 7),
                row(YOUTH, "NO_CLINIC_IN_SOURCE", "age=11", "age", 11),
                row(YOUTH, "YOUTH_CLINIC", "age=12; youth_min_age=12; youth_max_age=24", "age", 12),
                row(YOUTH, "YOUTH_CLINIC", "age=24", "age", 24),
                row(YOUTH, "ADULT_GP", "age=25; youth_max_age=24", "age", 25),
                row(YOUTH, "ADULT_GP", "age=120", "age", 120),
                row(CHILD, "?age", "", "age", -1),
                row(CHILD, "?age", "", "age", 130),
                row(CHILD, "?age", "", "age", 6.5));
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
        assertEquals(Set.of("baerum"), ((Decision) RuleCheck.step(rule, Answers.of("age", 3), CTX)).sources());
    }
}
