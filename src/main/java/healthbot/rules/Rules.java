package healthbot.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of all rules, looked up by the name flows use. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new DentalEligibilityRule(),
            new DentalTravelRule(),
            new PhysioChargeRule(),
            new GpEntitlementRule(),
            new EmergencyDentistHoursRule(),
            new ClinicForAgeRule());
    private static final Map<String, Rule> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Rule::name, Function.identity()));

    private Rules() {}

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name));
    }
}
