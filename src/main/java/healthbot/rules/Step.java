package healthbot.rules;

/** What a rule says after looking at the answers so far: ask one more thing, or decide. */
public sealed interface Step permits Step.Ask, Decision {

    /** The rule needs this slot before it can decide. */
    record Ask(String slot) implements Step {}
}
