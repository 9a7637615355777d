package healthbot.content;

import healthbot.rules.Fact;
import healthbot.rules.Facts;
import healthbot.rules.MissingFactException;
import healthbot.rules.Source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded from {@code intents/}, validated and immutable. Safe to share between threads;
 * a reload produces a new instance.
 *
 * @param dir      where it was loaded from
 * @param settings tuning and engine texts
 * @param sources  source id to source page, in the order of facts.json
 * @param facts    fact key to fact
 * @param intents  all intents in file order
 * @param flows    flow name to flow
 */
public record Content(Path dir, Settings settings, Map<String, Source> sources, Map<String, Fact> facts,
                      List<Intent> intents, Map<String, Flow> flows) implements Facts {
    public Content {
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources)); // file order: source lines are stable
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        intents = List.copyOf(intents);
        flows = Map.copyOf(flows);
    }

    @Override
    public Fact fact(String key) {
        Fact f = facts.get(key);
        if (f == null) {
            throw new MissingFactException(key);
        }
        return f;
    }

    @Override
    public Source source(String sourceId) {
        Source s = sources.get(sourceId);
        if (s == null) {
            throw new IllegalArgumentException("No source '" + sourceId + "' in facts.json");
        }
        return s;
    }

    public Optional<Intent> intent(String name) {
        return intents.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public Intent intentOfKind(IntentKind kind) {
        return intents.stream().filter(i -> i.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no intent of kind " + kind));
    }

    public Flow flow(String name) {
        Flow f = flows.get(name);
        if (f == null) {
            throw new IllegalArgumentException("No flow '" + name + "'");
        }
        return f;
    }
}
