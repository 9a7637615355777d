package healthbot.rules;

import static healthbot.rules.RuleCheck.CTX;
import static healthbot.rules.RuleCheck.n;
import static healthbot.rules.RuleCheck.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** dental_travel (Østfold's patient travel rules). */
class DentalTravelRuleTest {

    private final Rule rule = new DentalTravelRule();

    private static final String WHO =
            "How travel costs are met for people who qualify for free treatment by the dental health service, as specified in the dental care plan.";
    private static final String LOCAL =
            "You can not reclaim the cost of travel if the treatment takes place at a dental clinic in the local authority where you live.";
    private static final String ABOVE_400 =
            "have had travel costs of more than NOK 400, you will be refunded what you have spent above this amount for the rest of the year.";
    private static final String KM_RATE =
            "You must preferably use public transport, but travel by car will be accepted if this is the only option. The kilometre rate is then NOK 2.30.";
    private static final String BREAK_EVEN =
            "In practice, you will have to travel more than 174 kilometres to exceed your own contribution (NOK 2.30 x 174 = NOK 400).";
    private static final String SPECIALIST =
            "We apply the same patient contribution as the Pasientreiser patient transport service, which is NOK 146 per journey (in other words, NOK 292 for a round trip).";
    private static final String SEPARATE =
            "The rule concerning a patient contribution of NOK 400 does not apply for specialist treatment.";
    private static final String TAXI =
            "Taxi fares are only covered in special cases, and must be approved by the clinic manager in advance.";

    /** free care, not a specialist referral, no clinic in the home municipality */
    private static Object[] distant(Object... more) {
        Object[] base = {"free_care", true, "specialist", false, "local_clinic", false};
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static Object[] specialist(Object... more) {
        Object[] base = {"free_care", true, "specialist", true};
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row(WHO, "?free_care", ""),
                row(WHO, "NOT_FREE_CARE", "", "free_care", false),
                row(WHO, "?specialist", "", "free_care", true),
                row(LOCAL, "?local_clinic", "", "free_care", true, "specialist", false),
                row(LOCAL, "NO_REFUND_LOCAL_CLINIC", "", "free_care", true, "specialist", false, "local_clinic", true),
                row(ABOVE_400, "?transport", "", distant()),
                row(ABOVE_400, "?transport", "", distant("transport", "bicycle")),
                // car: km x 2.30 against the NOK 400 threshold
                row(KM_RATE, "?km", "", distant("transport", "car")),
                row(BREAK_EVEN, "BELOW_THRESHOLD", "amount=397.90; remaining=2.10; threshold=400; km=173; km_rate=2.30; break_even_km=174",
                        distant("transport", "car", "km", n("173"))),
                row(BREAK_EVEN, "REFUND_ABOVE_THRESHOLD", "amount=400.20; refund=0.20; km=174",
                        distant("transport", "car", "km", n("174"))),
                row(BREAK_EVEN, "REFUND_ABOVE_THRESHOLD", "amount=402.50; refund=2.50; km=175",
                        distant("transport", "car", "km", n("175"))),
                row(KM_RATE, "REFUND_ABOVE_THRESHOLD", "amount=401.35; refund=1.35; km=174.5",
                        distant("transport", "car", "km", n("174.50"))),
                row(KM_RATE, "BELOW_THRESHOLD", "amount=0; remaining=400; km=0", distant("transport", "car", "km", n("0"))),
                row(KM_RATE, "?km", "", distant("transport", "car", "km", n("-20"))),
                // public transport: ticket costs this year
                row(ABOVE_400, "?costs", "", distant("transport", "public_transport")),
                row(ABOVE_400, "BELOW_THRESHOLD", "amount=400; remaining=0; threshold=400", distant("transport", "public_transport", "costs", n("400"))),
                row(ABOVE_400, "REFUND_ABOVE_THRESHOLD", "amount=401; refund=1", distant("transport", "public_transport", "costs", n("401"))),
                row(ABOVE_400, "BELOW_THRESHOLD", "remaining=400", distant("transport", "public_transport", "costs", n("0"))),
                row(ABOVE_400, "REFUND_ABOVE_THRESHOLD", "refund=226.20", distant("transport", "public_transport", "costs", n("626.2"))),
                row(ABOVE_400, "?costs", "", distant("transport", "public_transport", "costs", n("-1"))),
                // taxi
                row(TAXI, "?taxi_approved", "", distant("transport", "taxi")),
                row(TAXI, "TAXI_APPROVED", "", distant("transport", "taxi", "taxi_approved", true)),
                row(TAXI, "TAXI_NOT_APPROVED", "", distant("transport", "taxi", "taxi_approved", false)),
                // specialist referrals: per journey, NOK 146 contribution, no local-clinic or 400 rule
                row(SEPARATE, "?transport", "", specialist()),
                row(SEPARATE, "?km", "", specialist("transport", "car", "local_clinic", true)),
                row(SPECIALIST, "SPECIALIST_REFUND", "amount=230; refund=84; contribution=146; round_trip=292; km=100; km_rate=2.30",
                        specialist("transport", "car", "km", n("100"))),
                row(SPECIALIST, "SPECIALIST_REFUND", "amount=0; refund=0", specialist("transport", "car", "km", n("0"))),
                row(SPECIALIST, "SPECIALIST_REFUND", "amount=146; refund=0", specialist("transport", "public_transport", "costs", n("146"))),
                row(SPECIALIST, "SPECIALIST_REFUND", "amount=147; refund=1", specialist("transport", "public_transport", "costs", n("147"))),
                row(SPECIALIST, "SPECIALIST_REFUND", "amount=100; refund=0", specialist("transport", "public_transport", "costs", n("100"))),
                row(SEPARATE, "SPECIALIST_REFUND", "refund=254", specialist("transport", "public_transport", "costs", n("400"), "local_clinic", true)),
                row(SPECIALIST, "?costs", "", specialist("transport", "public_transport", "km", n("50"))),
                row(TAXI, "TAXI_NOT_APPROVED", "", specialist("transport", "taxi", "taxi_approved", false)),
                row(TAXI, "TAXI_APPROVED", "", specialist("transport", "taxi", "taxi_approved", true)));
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
    void specialistIsNeverAskedAboutTheLocalClinicOrKm() {
        var c = RuleCheck.converse(rule, CTX, Answers.none(), Map.of("free_care", true, "specialist", true,
                "transport", "public_transport", "costs", n("200")));
        assertEquals("SPECIALIST_REFUND", c.decision().outcome());
        assertEquals("54", c.decision().variables().get("refund").plain());
        assertEquals(List.of("free_care", "specialist", "transport", "costs"), c.asked());
    }

    @Test
    void notFreeCareStopsAtTheFirstQuestion() {
        var c = RuleCheck.converse(rule, CTX, Answers.of("transport", "car", "km", n("300")), Map.of("free_care", false));
        assertEquals("NOT_FREE_CARE", c.decision().outcome());
        assertEquals(List.of("free_care"), c.asked());
    }

    @Test
    void reasonsNameTheFiguresAndRegion() {
        Decision d = (Decision) RuleCheck.step(rule, Answers.of(distant("transport", "car", "km", n("174"))), CTX);
        assertEquals(Set.of("ostfold"), d.sources());
        assertTrue(d.reasons().stream().anyMatch(r -> r.contains("NOK 2.30") && r.contains("Østfold")), d.reasons()::toString);
        assertTrue(d.reasons().stream().anyMatch(r -> r.contains("NOK 400") && r.contains("NOK 0.20")), d.reasons()::toString);
    }

    @Test
    void figuresComeFromTheFacts() {
        Facts changed = SeedFacts.seedFactsWith(
                new Fact("travel.km_rate", "3.00", "ostfold", null),
                new Fact("travel.threshold", "500", "ostfold", null));
        Decision d = (Decision) RuleCheck.step(rule, Answers.of(distant("transport", "car", "km", n("174"))), CTX, changed);
        assertEquals("REFUND_ABOVE_THRESHOLD", d.outcome());
        assertEquals("522", d.variables().get("amount").plain());
        assertEquals("22", d.variables().get("refund").plain());
        assertEquals("500", d.variables().get("threshold").plain());
    }
}
