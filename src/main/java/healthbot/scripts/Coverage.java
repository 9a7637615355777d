package healthbot.scripts;

import healthbot.content.Content;
import healthbot.content.Intent;
import healthbot.rules.Rule;
import healthbot.rules.Rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What no script reaches.
 *
 * @param uncoveredIntents  intents no reply was understood as
 * @param uncoveredOutcomes rule outcomes ({@code rule OUTCOME}) no reply announced
 */
public record Coverage(List<String> uncoveredIntents, List<String> uncoveredOutcomes) {
    public Coverage {
        uncoveredIntents = List.copyOf(uncoveredIntents);
        uncoveredOutcomes = List.copyOf(uncoveredOutcomes);
    }

    /** Every intent of the content and every outcome of every rule, minus what the results reached. */
    public static Coverage of(Content content, Collection<ScriptResult> results) {
        Set<String> intents = new HashSet<>();
        Set<String> outcomes = new HashSet<>();
        results.forEach(r -> {
            intents.addAll(r.intents());
            outcomes.addAll(r.outcomes());
        });
        List<String> missingIntents = new ArrayList<>();
        for (Intent i : content.intents()) {
            if (!intents.contains(i.name())) {
                missingIntents.add(i.name());
            }
        }
        List<String> missingOutcomes = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            for (String outcome : new TreeSet<>(rule.outcomes())) {
                if (!outcomes.contains(rule.name() + " " + outcome)) {
                    missingOutcomes.add(rule.name() + " " + outcome);
                }
            }
        }
        return new Coverage(missingIntents, missingOutcomes);
    }

    public boolean complete() {
        return uncoveredIntents.isEmpty() && uncoveredOutcomes.isEmpty();
    }
}
