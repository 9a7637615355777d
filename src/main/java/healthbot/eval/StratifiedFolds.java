package healthbot.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Assigns each message to one of k folds so that every intent is spread as evenly as possible
 * over the folds (each fold holds about 1/k of every intent). Deterministic for a given seed.
 */
final class StratifiedFolds {

    private StratifiedFolds() {
    }

    /** @return the fold (0..k-1) of each message, in input order */
    static int[] assign(List<LabelledMessage> messages, int k, long seed) {
        if (k < 2) {
            throw new EvalDataException("--folds must be at least 2, got " + k);
        }
        Map<String, List<Integer>> byIntent = new LinkedHashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            byIntent.computeIfAbsent(messages.get(i).intent(), x -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] fold = new int[messages.size()];
        int offset = 0; // rotates so small intents do not all land in fold 0
        for (List<Integer> members : byIntent.values()) {
            Collections.shuffle(members, random);
            for (int j = 0; j < members.size(); j++) {
                fold[members.get(j)] = (offset + j) % k;
            }
            offset = (offset + members.size()) % k;
        }
        return fold;
    }
}
