package healthbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Training examples as the vector trainers ({@link SgdTrainer}, {@link SvmTrainer}) start from: each
 * example's normalised tokens, the intents in order of first appearance with their index, and the
 * decompounder built over every token seen.
 */
record TokenizedExamples(List<List<String>> tokens, List<String> intents, Map<String, Integer> intentIndex,
                         Decompounder decompounder) {

    /** @throws IllegalArgumentException when there are fewer than two intents to tell apart */
    static TokenizedExamples of(List<IntentClassifier.Example> examples) {
        List<List<String>> tokenized = new ArrayList<>(examples.size());
        Set<String> vocabulary = new HashSet<>();
        List<String> intents = new ArrayList<>();
        Map<String, Integer> intentIndex = new HashMap<>();
        for (IntentClassifier.Example e : examples) {
            List<String> tokens = Tokenizer.tokens(TextNormalizer.normalize(e.text()));
            tokenized.add(tokens);
            vocabulary.addAll(tokens);
            if (intentIndex.putIfAbsent(e.intent(), intents.size()) == null) {
                intents.add(e.intent());
            }
        }
        if (intents.size() < 2) {
            throw new IllegalArgumentException("need examples of at least two intents to train, got " + intents);
        }
        return new TokenizedExamples(tokenized, intents, intentIndex, new Decompounder(vocabulary));
    }
}
