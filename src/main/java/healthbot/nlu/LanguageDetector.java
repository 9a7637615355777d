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
    private final Set<String> placeNames;

    /**
     * @param norwegianCues words that mark Norwegian
     * @param placeNames    normalised place names, which say nothing about the language ("I live in Bærum")
     */
    LanguageDetector(Set<String> norwegianCues, Set<String> placeNames) {
        Set<String> folded = new java.util.HashSet<>();
        norwegianCues.forEach(c -> folded.add(TextNormalizer.normalize(c)));
        this.norwegian = Set.copyOf(folded);
        this.placeNames = Set.copyOf(placeNames);
    }

    /** @param original the message as written, @param tokens its normalised words */
    Language detect(String original, String[] tokens) {
        int no = hasNorwegianLetterOutsidePlaceNames(original) ? 2 : 0;
        int en = 0;
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

    /** Whether a word other than a place name ("Bærum", "Østfold") is written with æ, ø or å. */
    private boolean hasNorwegianLetterOutsidePlaceNames(String original) {
        int wordStart = 0;
        boolean special = false;
        for (int i = 0; i <= original.length(); i++) {
            char c = i < original.length() ? Character.toLowerCase(original.charAt(i)) : ' ';
            if (Character.isWhitespace(c)) {
                if (special && !placeNames.contains(TextNormalizer.trimPunctuation(TextNormalizer.normalize(original.substring(wordStart, i))))) {
                    return true;
                }
                wordStart = i + 1;
                special = false;
            } else if (c == 'æ' || c == 'ø' || c == 'å') {
                special = true;
            }
        }
        return false;
    }
}
