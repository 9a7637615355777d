package healthbot.rules;

import static healthbot.rules.Read.ask;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a patient pays the physiotherapy charge: exemptions (under 16, approved occupational
 * injury incl. conscripts), else the free pass once the charge limit is paid. The limit is the
 * source's dated figure (2018), and reasons always say its year.
 *
 * <p>Odd answers: an age outside 0..{@value Read#MAX_AGE} or a negative amount paid count as not
 * given and are asked again.
 */
final class PhysioChargeRule implements Rule {

    static final String NAME = "physio_charge";
    private static final List<Slot> SLOTS = List.of(
            Slot.of("age", SlotType.AGE),
            Slot.of("occupational_injury", SlotType.YES_NO),
            Slot.of("paid", SlotType.MONEY));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Slot> slots() {
        return SLOTS;
    }

    @Override
    public Set<String> outcomes() {
        return Set.of("EXEMPT_UNDER_16", "EXEMPT_OCCUPATIONAL_INJURY", "FREE_PASS", "PAYS_CHARGE");
    }

    @Override
    public Set<String> variables() {
        return Set.of("age", "limit", "limit_year", "paid", "remaining");
    }

    @Override
    public Set<String> factKeys() {
        return Set.of("physio.exempt_under_age", "physio.charge_limit");
    }

    @Override
    public Step next(Answers answers, Facts facts, RuleContext context) {
        DecisionBuilder d = new DecisionBuilder(NAME, facts);
        Optional<Integer> age = Read.age(answers, "age");
        if (age.isEmpty()) {
            return ask("age");
        }
        d.var("age", age.get());
        int exemptUnder = d.integer("physio.exempt_under_age");
        if (age.get() < exemptUnder) {
            return d.reason("Children under %d pay no patient's charge (%s).",
                            exemptUnder, d.regionOf("physio.exempt_under_age"))
                    .decide("EXEMPT_UNDER_16");
        }
        Optional<Boolean> injury = Read.yesNo(answers, "occupational_injury");
        if (injury.isEmpty()) {
            return ask("occupational_injury");
        }
        if (injury.get()) {
            return d.reason("Approved occupational injuries, incl. conscripts, pay no patient's charge (%s).",
                            d.regionOf("physio.exempt_under_age"))
                    .decide("EXEMPT_OCCUPATIONAL_INJURY");
        }
        Optional<BigDecimal> paid = Read.nonNegative(answers, "paid");
        if (paid.isEmpty()) {
            return ask("paid");
        }
        Fact limitFact = d.fact("physio.charge_limit");
        BigDecimal limit = d.number("physio.charge_limit");
        String limitText = limitFact.year() == null
                ? "The charge limit is NOK " + DecisionBuilder.money(limit)
                : "The charge limit for " + limitFact.year() + " was NOK " + DecisionBuilder.money(limit);
        if (limitFact.year() != null) {
            d.var("limit_year", limitFact.year());
        }
        d.money("limit", limit).money("paid", paid.get());
        String region = d.regionOf("physio.charge_limit");
        if (paid.get().compareTo(limit) >= 0) {
            return d.reason("%s (%s); once paid, a free pass is sent.", limitText, region)
                    .decide("FREE_PASS");
        }
        BigDecimal remaining = limit.subtract(paid.get());
        return d.money("remaining", remaining)
                .reason("%s (%s); NOK %s remains.", limitText, region, DecisionBuilder.money(remaining))
                .decide("PAYS_CHARGE");
    }
}
