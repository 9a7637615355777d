package healthbot.content;

import healthbot.rules.Fact;
import healthbot.rules.Facts;
import healthbot.rules.MissingFactException;
import healthbot.rules.Source;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything loaded from {@code intents/}, validated and immutable. Safe to share between threads;
 * a reload produces a new instance.
 *
 * @param dir          where it was loaded from
 * @param settings     tuning, languages and engine texts
 * @param sources      source id to source page, in the order of facts.json
 * @param facts        fact key to fact
 * @param decimalFacts keys of the facts that are decimal amounts ({@code "decimal": true})
 * @param factWordings fact key to language to that language's wording of the value ({@code "wordings"})
 * @param intents      all intents in file order
 * @param flows        flow name to flow
 * @param lexicons     language code to its word lists, in the order of the languages
 * @param texts        every text by id ({@code intents.gp_register.answer}) and language, with where it is written
 * @param triage       the symptom groups and their signs ({@code triage/}), empty without that folder
 */
public record Content(Path dir, Settings settings, Map<String, Source> sources, Map<String, Fact> facts,
                      Set<String> decimalFacts, Map<String, Map<String, String>> factWordings, List<Intent> intents, Map<String, Flow> flows,
                      Map<String, Lexicon> lexicons, Map<String, Map<String, Located<String>>> texts,
                      Triage triage) implements Facts {
    public Content {
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources)); // file order: source lines are stable
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        decimalFacts = Set.copyOf(decimalFacts);
        Map<String, Map<String, String>> w = new LinkedHashMap<>();
        factWordings.forEach((key, byLanguage) -> w.put(key, Map.copyOf(byLanguage)));
        factWordings = Collections.unmodifiableMap(w);
        intents = List.copyOf(intents);
        flows = Map.copyOf(flows);
        lexicons = Collections.unmodifiableMap(new LinkedHashMap<>(lexicons));
        Map<String, Map<String, Located<String>>> t = new LinkedHashMap<>();
        texts.forEach((id, byLanguage) -> t.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage))));
        texts = Collections.unmodifiableMap(t);
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
    public String value(String key, String language) {
        Map<String, String> wordings = factWordings.get(key);
        String own = wordings == null ? null : wordings.get(language);
        return own != null ? own : fact(key).value();
    }

    @Override
    public boolean decimal(String key) {
        return decimalFacts.contains(key);
    }

    @Override
    public Source source(String sourceId) {
        Source s = sources.get(sourceId);
        if (s == null) {
            throw new IllegalArgumentException("No source '" + sourceId + "' in facts.json");
        }
        return s;
    }

    /** The same content with other intents (evaluation folds train on part of the examples). */
    public Content withIntents(List<Intent> otherIntents) {
        return new Content(dir, settings, sources, facts, decimalFacts, factWordings, otherIntents, flows, lexicons, texts, triage);
    }

    /** The same content with other settings (tests of thresholds). */
    public Content withSettings(Settings otherSettings) {
        return new Content(dir, otherSettings, sources, facts, decimalFacts, factWordings, intents, flows, lexicons, texts, triage);
    }

    public Languages languages() {
        return settings.languages();
    }

    /** A language's word lists. @throws IllegalArgumentException for a language the content does not have */
    public Lexicon lexicon(String language) {
        Lexicon l = lexicons.get(language);
        if (l == null) {
            throw new IllegalArgumentException("no lexicon for language \"" + language + "\"; known: " + lexicons.keySet());
        }
        return l;
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
