package healthbot.nlu;

import healthbot.content.Language;

import java.util.Set;

/**
 * Tells Norwegian from English by counting cue words of each. Returns null when a message gives
 * no evidence either way ("19", "ok"), so the conversation keeps its language.
 */
final class LanguageDetector {

    private static final Set<String> ENGLISH = Set.of(
            "i", "im", "my", "me", "you", "your", "the", "a", "an", "is", "are", "am", "was", "what", "how",
            "where", "when", "who", "which", "do", "does", "can", "could", "should", "need", "get", "have",
            "has", "and", "or", "not", "to", "in", "on", "with", "about", "free", "doctor", "dentist", "help",
            "please", "thanks", "thank", "hello", "hi", "yes", "no", "it", "this", "that", "there", "of", "if", "will");

    private final Set<String> norwegian;

    LanguageDetector(Set<String> norwegianCues) {
        Set<String> folded = new java.util.HashSet<>();
        norwegianCues.forEach(c -> folded.add(TextNormalizer.normalize(c)));
        this.norwegian = Set.copyOf(folded);
    }

    /** @param original the message as written, @param tokens its normalised words */
    Language detect(String original, String[] tokens) {
        int no = 0;
        int en = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == 'æ' || c == 'ø' || c == 'å' || c == 'Æ' || c == 'Ø' || c == 'Å') {
                no += 2;
                break;
            }
        }
        for (String t : tokens) {
            if (norwegian.contains(t)) {
                no++;
            }
            if (ENGLISH.contains(t)) {
                en++;
            }
        }
        if (no == en) {
            return null;
        }
        return no > en ? Language.NO : Language.EN;
    }
}
