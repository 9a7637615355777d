package healthbot.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One thing a resident may want, with how it is recognised and answered.
 *
 * @param name     unique lower_snake_case name
 * @param kind     its role (topic, smalltalk, fallback, emergency)
 * @param label    text of a button that leads here, per language
 * @param examples phrases the classifier learns from, per language (language code to phrases)
 * @param answer   the answer given at once, per language, or null when the intent only runs a flow
 * @param sources  sources stated in the answer without a fact reference
 * @param buttons  intents offered as buttons after the answer
 * @param flow     flow to run, or null
 * @param topicWords words that show a message is about this topic, per language (language code to words);
 *                 empty for most kinds
 */
public record Intent(String name, IntentKind kind, Localized<String> label, Map<String, List<String>> examples,
                     Localized<Template> answer, Set<String> sources, List<String> buttons, String flow,
                     Map<String, List<String>> topicWords) {
    public Intent {
        examples = copy(examples);
        sources = Set.copyOf(sources);
        buttons = List.copyOf(buttons);
        topicWords = copy(topicWords);
    }

    /** An intent without topic words. */
    public Intent(String name, IntentKind kind, Localized<String> label, Map<String, List<String>> examples,
                  Localized<Template> answer, Set<String> sources, List<String> buttons, String flow) {
        this(name, kind, label, examples, answer, sources, buttons, flow, Map.of());
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> byLanguage) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byLanguage.forEach((language, phrases) -> copy.put(language, List.copyOf(phrases)));
        return Collections.unmodifiableMap(copy);
    }

    /** Every topic word in every language. */
    public List<String> allTopicWords() {
        List<String> all = new ArrayList<>();
        topicWords.values().forEach(all::addAll);
        return all;
    }

    public boolean hasFlow() {
        return flow != null;
    }

    /** Every example in every language, languages in content order. */
    public List<String> allExamples() {
        List<String> all = new ArrayList<>();
        examples.values().forEach(all::addAll);
        return all;
    }

    /** The examples written in one language (empty when it has none). */
    public List<String> examplesIn(String language) {
        return examples.getOrDefault(language, List.of());
    }
}
