package healthbot.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule's answer.
 *
 * @param rule      the rule's name
 * @param outcome   outcome code, e.g. {@code FREE_CHILD}; the content has one answer template per code
 * @param variables values the answer template may insert, typed (e.g. {@code refund -> Money(226.20)})
 * @param reasons   short English sentences saying why (for staff, logs of decisions and tests)
 * @param sources   ids of the sources of the facts the decision rests on
 */
public record Decision(String rule, String outcome, Map<String, Value> variables,
                       List<String> reasons, Set<String> sources) implements Step {
    public Decision {
        variables = Map.copyOf(variables);
        reasons = List.copyOf(reasons);
        sources = Set.copyOf(sources);
    }
}
