package healthbot.rules;

import java.util.List;
import java.util.Set;

/**
 * One decision the bot can make. Implementations are stateless and thread-safe.
 * {@link #next} asks only for what can still change the decision.
 */
public interface Rule {

    /** Name used by flows in the content, e.g. {@code dental_eligibility}. */
    String name();

    /** Every slot {@link #next} may ask for. */
    List<Slot> slots();

    /** Every outcome code {@link #next} may return. */
    Set<String> outcomes();

    /** Every variable name a decision of this rule may carry, for template validation. */
    Set<String> variables();

    /** Every fact key the rule reads. */
    Set<String> factKeys();

    /** The next slot to ask for, or the decision when the answers suffice. */
    Step next(Answers answers, Facts facts, RuleContext context);
}
