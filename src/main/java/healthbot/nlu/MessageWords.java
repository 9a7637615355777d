package healthbot.nlu;

/**
 * A normalised message as words for matching signs: each word without surrounding punctuation,
 * which sentence it is in (a word ending in "." ends one) and whether a clause ends after it
 * (a "," or "."), which limits how far a negation reaches.
 */
final class MessageWords {

    final String[] words;
    final int[] sentence;
    final boolean[] breakAfter;

    private MessageWords(String[] words, int[] sentence, boolean[] breakAfter) {
        this.words = words;
        this.sentence = sentence;
        this.breakAfter = breakAfter;
    }

    static MessageWords of(String normalized) {
        String[] raw = normalized.isEmpty() ? new String[0] : normalized.split(" ");
        String[] words = new String[raw.length];
        int[] sentence = new int[raw.length];
        boolean[] breakAfter = new boolean[raw.length];
        int s = 0;
        for (int i = 0; i < raw.length; i++) {
            words[i] = TextNormalizer.trimPunctuation(raw[i]);
            sentence[i] = s;
            char last = raw[i].isEmpty() ? ' ' : raw[i].charAt(raw[i].length() - 1);
            breakAfter[i] = last == ',' || last == '.';
            if (last == '.') {
                s++;
            }
        }
        return new MessageWords(words, sentence, breakAfter);
    }

    int length() {
        return words.length;
    }

    /** Whether an exact (normalised) phrase of words starts at {@code at}. */
    boolean hasAt(String[] phrase, int at) {
        if (at < 0 || at + phrase.length > words.length) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!words[at + k].equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
