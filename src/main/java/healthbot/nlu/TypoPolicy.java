package healthbot.nlu;

import java.util.Set;

/**
 * When a word of a message counts as a word of a sign or an emergency trigger. A word equal to it
 * always does. A word that is not equal counts by typo tolerance (one edit for words of 5+ letters,
 * two for 9+; none with digits) only when it is <em>not a common word</em> of any language, so
 * "doing" never becomes "dying", "cooking" never "choking", "cancel" never "cancer". One exception
 * keeps inflections: a common word that is the sign's word plus at most two letters ("overdosed",
 * "seizures") still counts. A sign's word ending in {@code *} is a prefix ("bleed*": bleeding, bleeds).
 */
final class TypoPolicy {

    private static final int INFLECTION_LETTERS = 2;

    private final Set<String> commonWords;

    TypoPolicy(Set<String> commonWords) {
        this.commonWords = Set.copyOf(commonWords);
    }

    boolean isCommon(String word) {
        return commonWords.contains(word);
    }

    /** How many edits a word of the sign may differ by. */
    static int allowedEdits(String signWord) {
        if (!isDigitFree(signWord)) {
            return 0;
        }
        return signWord.length() >= 9 ? 2 : signWord.length() >= 5 ? 1 : 0;
    }

    /** Whether {@code word} of a message counts as the sign's word {@code signWord} (the policy above). */
    boolean similar(String word, String signWord) {
        if (signWord.endsWith("*")) {
            return word.startsWith(signWord.substring(0, signWord.length() - 1));
        }
        if (word.equals(signWord)) {
            return true;
        }
        int allowed = allowedEdits(signWord);
        if (allowed == 0 || Math.abs(word.length() - signWord.length()) > allowed) {
            return false;
        }
        if (commonWords.contains(word)) {
            return word.startsWith(signWord) && word.length() - signWord.length() <= INFLECTION_LETTERS;
        }
        return EditDistance.atMost(word, signWord, allowed);
    }

    static boolean isDigitFree(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
