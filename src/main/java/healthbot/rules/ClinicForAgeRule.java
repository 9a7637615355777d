package healthbot.rules;

import static healthbot.rules.Read.ask;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which health clinic serves a child or young person (Bærum's page): children's clinic up to the
 * child limit, youth clinic in the youth range, nothing stated for the ages between, GP above.
 *
 * <p>Odd answers: an age outside 0..{@value Read#MAX_AGE} counts as not given and is asked again.
 */
final class ClinicForAgeRule implements Rule {

    static final String NAME = "clinic_for_age";
    private static final List<Slot> SLOTS = List.of(Slot.of("age", SlotType.AGE));

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
        return Set.of("CHILD_CLINIC", "NO_CLINIC_IN_SOURCE", "YOUTH_CLINIC", "ADULT_GP");
    }

    @Override
    public Set<String> variables() {
        return Set.of("age", "child_max_age", "youth_min_age", "youth_max_age");
    }

    @Override
    public Set<String> factKeys() {
        return Set.of("clinic.child_max_age", "clinic.youth_min_age", "clinic.youth_max_age");
    }

    @Override
    public Step next(Answers answers, Facts facts, RuleContext context) {
        Optional<Integer> given = Read.age(answers, "age");
        if (given.isEmpty()) {
            return ask("age");
        }
        int age = given.get();
        DecisionBuilder d = new DecisionBuilder(NAME, facts);
        int childMax = d.integer("clinic.child_max_age");
        int youthMin = d.integer("clinic.youth_min_age");
        int youthMax = d.integer("clinic.youth_max_age");
        String region = d.regionOf("clinic.child_max_age");
        d.var("age", age).var("child_max_age", childMax)
                .var("youth_min_age", youthMin).var("youth_max_age", youthMax);
        if (age <= childMax) {
            return d.reason("Children's health clinics serve children up to %d (%s).", childMax, region)
                    .decide("CHILD_CLINIC");
        }
        if (age < youthMin) {
            return d.reason("The source names no clinic for ages %d to %d (%s).", childMax + 1, youthMin - 1, region)
                    .decide("NO_CLINIC_IN_SOURCE");
        }
        if (age <= youthMax) {
            return d.reason("Health clinics serve young people aged %d to %d (%s).", youthMin, youthMax, region)
                    .decide("YOUTH_CLINIC");
        }
        return d.reason("Above %d the health clinics do not apply; see your GP (%s).", youthMax, region)
                .decide("ADULT_GP");
    }
}
