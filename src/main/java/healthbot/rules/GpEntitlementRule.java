package healthbot.rules;

import static healthbot.rules.Read.ask;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether someone may register with a GP (fastlege): only people registered in the Population
 * Register as residents of a Norwegian municipality (Bærum's page). Emergency care is given
 * regardless, so both outcomes carry the emergency number.
 */
final class GpEntitlementRule implements Rule {

    static final String NAME = "gp_entitlement";
    private static final List<Slot> SLOTS = List.of(Slot.of("registered", SlotType.YES_NO));

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
        return Set.of("ENTITLED", "NOT_ENTITLED");
    }

    @Override
    public Set<String> variables() {
        return Set.of("phone", "emergency_number");
    }

    @Override
    public Set<String> factKeys() {
        return Set.of("gp.registration_phone", "emergency.number");
    }

    @Override
    public Step next(Answers answers, Facts facts, RuleContext context) {
        Optional<Boolean> registered = Read.yesNo(answers, "registered");
        if (registered.isEmpty()) {
            return ask("registered");
        }
        DecisionBuilder d = new DecisionBuilder(NAME, facts);
        String phone = d.text("gp.registration_phone");
        String emergency = d.text("emergency.number");
        String region = d.regionOf("gp.registration_phone");
        d.var("phone", phone).var("emergency_number", emergency);
        return registered.get()
                ? d.reason("Residents in the Population Register are entitled to a GP; register on %s (%s).", phone, region)
                        .decide("ENTITLED")
                : d.reason("People not registered as residents get no GP, but emergency care on %s regardless (%s).",
                                emergency, d.regionOf("emergency.number"))
                        .decide("NOT_ENTITLED");
    }
}
