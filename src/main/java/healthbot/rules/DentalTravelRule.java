package healthbot.rules;

import static healthbot.rules.Read.ask;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Travel refunds for people who qualify for free public dental care (Østfold's page). Specialist
 * referrals are refunded per journey above the Pasientreiser contribution; other travel only from
 * municipalities without a clinic, above a yearly threshold. Taxis need approval in advance.
 *
 * <p>Car amounts are km × rate rounded to øre, so 174 km at 2.30 is 400.20 and just above the
 * threshold (the page's "174 km = NOK 400" is rounded). Zero km or NOK 0 are valid (nothing
 * refunded yet); negative values count as not given and are asked again.
 */
final class DentalTravelRule implements Rule {

    static final String NAME = "dental_travel";
    private static final String OSTFOLD = "ostfold";
    private static final List<String> TRANSPORTS = List.of("public_transport", "car", "taxi");
    private static final List<Slot> SLOTS = List.of(
            Slot.of("free_care", SlotType.YES_NO),
            Slot.of("specialist", SlotType.YES_NO),
            Slot.of("local_clinic", SlotType.YES_NO),
            new Slot("transport", SlotType.CHOICE, TRANSPORTS),
            Slot.of("taxi_approved", SlotType.YES_NO),
            Slot.of("km", SlotType.KM),
            Slot.of("costs", SlotType.MONEY));

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
        return Set.of("NOT_FREE_CARE", "TAXI_APPROVED", "TAXI_NOT_APPROVED", "SPECIALIST_REFUND",
                "NO_REFUND_LOCAL_CLINIC", "REFUND_ABOVE_THRESHOLD", "BELOW_THRESHOLD");
    }

    @Override
    public Set<String> variables() {
        return Set.of("km", "amount", "refund", "remaining", "threshold", "km_rate", "contribution",
                "round_trip", "break_even_km");
    }

    @Override
    public Set<String> factKeys() {
        return Set.of("travel.threshold", "travel.km_rate", "travel.specialist_contribution",
                "travel.specialist_round_trip", "travel.break_even_km");
    }

    @Override
    public Step next(Answers answers, Facts facts, RuleContext context) {
        DecisionBuilder d = new DecisionBuilder(NAME, facts);
        String region = d.region(OSTFOLD);

        Optional<Boolean> freeCare = Read.yesNo(answers, "free_care");
        if (freeCare.isEmpty()) {
            return ask("free_care");
        }
        if (!freeCare.get()) {
            return d.reason("Travel costs are met only for people who qualify for free public dental care (%s).", region)
                    .decide("NOT_FREE_CARE");
        }
        Optional<Boolean> specialist = Read.yesNo(answers, "specialist");
        if (specialist.isEmpty()) {
            return ask("specialist");
        }
        if (!specialist.get()) {
            Optional<Boolean> local = Read.yesNo(answers, "local_clinic");
            if (local.isEmpty()) {
                return ask("local_clinic");
            }
            if (local.get()) {
                return d.reason("Travel to a clinic in your own municipality is not refunded (%s).", region)
                        .decide("NO_REFUND_LOCAL_CLINIC");
            }
        }

        Optional<String> transport = Read.oneOf(answers, "transport", TRANSPORTS);
        if (transport.isEmpty()) {
            return ask("transport");
        }
        if (transport.get().equals("taxi")) {
            Optional<Boolean> approved = Read.yesNo(answers, "taxi_approved");
            if (approved.isEmpty()) {
                return ask("taxi_approved");
            }
            return approved.get()
                    ? d.reason("A taxi approved in advance by the clinic manager is covered (%s).", region)
                            .decide("TAXI_APPROVED")
                    : d.reason("Taxi fares are covered only when approved in advance by the clinic manager (%s).", region)
                            .decide("TAXI_NOT_APPROVED");
        }

        boolean car = transport.get().equals("car");
        String amountSlot = car ? "km" : "costs";
        Optional<BigDecimal> given = Read.nonNegative(answers, amountSlot);
        if (given.isEmpty()) {
            return ask(amountSlot);
        }
        BigDecimal amount = given.get();
        if (car) {
            BigDecimal rate = d.number("travel.km_rate");
            amount = amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
            d.quantity("km", given.get()).money("km_rate", d.number("travel.km_rate"))
                    .reason("%s km at NOK %s per km (%s) is NOK %s.", DecisionBuilder.plain(given.get()),
                            d.text("travel.km_rate"), d.regionOf("travel.km_rate"), DecisionBuilder.money(amount));
        }
        d.money("amount", amount);
        return specialist.get() ? specialist(d, amount) : threshold(d, amount, car);
    }

    private static Decision specialist(DecisionBuilder d, BigDecimal amount) {
        BigDecimal contribution = d.number("travel.specialist_contribution");
        BigDecimal refund = amount.subtract(contribution).max(BigDecimal.ZERO);
        return d.money("contribution", contribution)
                .var("round_trip", d.text("travel.specialist_round_trip"))
                .money("refund", refund)
                .reason("Specialist travel is refunded per journey above NOK %s (%s): NOK %s.",
                        DecisionBuilder.money(contribution), d.regionOf("travel.specialist_contribution"),
                        DecisionBuilder.money(refund))
                .decide("SPECIALIST_REFUND");
    }

    private static Decision threshold(DecisionBuilder d, BigDecimal amount, boolean car) {
        BigDecimal threshold = d.number("travel.threshold");
        String region = d.regionOf("travel.threshold");
        d.money("threshold", threshold);
        if (car) {
            d.var("break_even_km", d.text("travel.break_even_km"));
        }
        if (amount.compareTo(threshold) > 0) {
            BigDecimal refund = amount.subtract(threshold);
            return d.money("refund", refund)
                    .reason("Costs above NOK %s a year are refunded (%s): NOK %s.",
                            DecisionBuilder.money(threshold), region, DecisionBuilder.money(refund))
                    .decide("REFUND_ABOVE_THRESHOLD");
        }
        BigDecimal remaining = threshold.subtract(amount);
        return d.money("remaining", remaining)
                .reason("Nothing is refunded until costs exceed NOK %s a year (%s); NOK %s to go.",
                        DecisionBuilder.money(threshold), region, DecisionBuilder.money(remaining))
                .decide("BELOW_THRESHOLD");
    }
}
