package healthbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises emergencies by the content's trigger words and phrases, tolerating typos: a
 * one-word trigger of 5+ letters also matches at one edit ("emergncy", "ambulanse"), of 9+ letters
 * at two. Multi-word triggers match as a phrase of normalised tokens, each word with the same tolerance.
 */
public final class EmergencyDetector {

    private final List<String[]> triggers = new ArrayList<>();
    /** One-word triggers, for the common case of an exact hit. */
    private final Set<String> exactWords = new java.util.HashSet<>();

    public EmergencyDetector(List<String> triggerPhrases) {
        for (String phrase : triggerPhrases) {
            String normalized = TextNormalizer.normalize(phrase);
            if (!normalized.isBlank()) {
                String[] words = normalized.split(" ");
                triggers.add(words);
                if (words.length == 1) {
                    exactWords.add(words[0]);
                }
            }
        }
    }

    /** True when a normalised, space-separated message contains a trigger. */
    public boolean isEmergency(String normalizedText) {
        String[] words = normalizedText.split(" ");
        for (int i = 0; i < words.length; i++) {
            words[i] = TextNormalizer.trimPunctuation(words[i]);
            if (exactWords.contains(words[i])) {
                return true;
            }
        }
        for (String[] trigger : triggers) {
            if (containsPhrase(words, trigger)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The trigger phrase (normalised) a message matches, for explaining a decision; empty when none.
     * Same matching as {@link #isEmergency}, which stays the fast path for answering.
     */
    public java.util.Optional<String> triggerIn(String normalizedText) {
        String[] words = normalizedText.split(" ");
        for (int i = 0; i < words.length; i++) {
            words[i] = TextNormalizer.trimPunctuation(words[i]);
        }
        for (String[] trigger : triggers) {
            if (containsPhrase(words, trigger)) {
                return java.util.Optional.of(String.join(" ", trigger));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean containsPhrase(String[] words, String[] phrase) {
        for (int start = 0; start + phrase.length <= words.length; start++) {
            boolean all = true;
            for (int k = 0; k < phrase.length && all; k++) {
                all = similar(words[start + k], phrase[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    static boolean similar(String word, String trigger) {
        if (word.equals(trigger)) {
            return true;
        }
        int allowed = trigger.length() >= 9 ? 2 : trigger.length() >= 5 ? 1 : 0;
        if (allowed == 0 || Math.abs(word.length() - trigger.length()) > allowed) {
            return false;
        }
        if (!isDigitFree(trigger)) {
            return false;
        }
        return EditDistance.atMost(word, trigger, allowed);
    }

    private static boolean isDigitFree(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Trigger phrases in their normalised form, for tests and validation. */
    public Set<String> normalizedTriggers() {
        Set<String> out = new java.util.LinkedHashSet<>();
        triggers.forEach(t -> out.add(String.join(" ", t)));
        return out;
    }
}
