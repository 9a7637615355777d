package healthbot.nlu;

import java.util.Arrays;
import java.util.List;

/**
 * Turns tokens into hashed feature ids: each lemma, each pair of neighbouring lemmas, and the
 * character 3- and 4-grams of each word with its boundaries ("^tann", "lege$"). The n-grams
 * make "dentsit" close to "dentist" and "tannlegevakta" close to "tannlegevakt". Hashing keeps
 * scoring free of string building.
 */
final class Features {

    /**
     * Version of the feature extraction and training code. A cached model ({@link ModelCache}) is
     * only used when this matches the one it was trained with: <b>bump it whenever features,
     * tokens or training change</b> (hashing, n-grams, lemmas, decompounding, the optimiser and its
     * constants), or a stale model would be loaded by builds that share a cache directory.
     */
    static final int VERSION = 1;

    private static final int WORD = 0x9E3779B1;
    private static final int BIGRAM = 0x85EBCA77;
    private static final int CHARS = 0xC2B2AE3D;

    private Features() {
    }

    /** A growable int list, reused per thread on the hot path. */
    static final class Buffer {
        int[] ids = new int[256];
        int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        void clear() {
            size = 0;
        }
    }

    /** What a feature id stands for, as {@link #extract(List, Buffer, Buffer)} reports it. */
    static final int KIND_WORD = 0;
    static final int KIND_PAIR = 1;
    static final int KIND_LETTERS = 2;
    static final int KINDS = 3;

    static void extract(List<String> tokens, Buffer out) {
        extract(tokens, out, null);
    }

    /**
     * {@link #extract(List, Buffer)}, and when {@code kinds} is given, beside each id at the same
     * index its kind ({@link #KIND_WORD}, {@link #KIND_PAIR} or {@link #KIND_LETTERS}). The ids are
     * the same either way.
     */
    static void extract(List<String> tokens, Buffer out, Buffer kinds) {
        out.clear();
        if (kinds != null) {
            kinds.clear();
        }
        String previous = null;
        for (String token : tokens) {
            out.add(hash(WORD, token, 0, token.length()));
            if (previous != null) {
                out.add(mix(hash(BIGRAM, previous, 0, previous.length()), token));
            }
            if (kinds != null) {
                kinds.add(KIND_WORD);
                if (previous != null) {
                    kinds.add(KIND_PAIR);
                }
            }
            previous = token;
            charNgrams(token, out);
            while (kinds != null && kinds.size < out.size) {
                kinds.add(KIND_LETTERS);
            }
        }
    }

    private static void charNgrams(String token, Buffer out) {
        int len = token.length() + 2; // with ^ and $
        for (int n = 3; n <= 4; n++) {
            for (int start = 0; start + n <= len; start++) {
                int h = CHARS + n;
                for (int i = start; i < start + n; i++) {
                    char c = i == 0 ? '^' : i == len - 1 ? '$' : token.charAt(i - 1);
                    h = (h ^ c) * 0x01000193;
                }
                out.add(h);
            }
        }
    }

    private static int hash(int seed, String s, int from, int to) {
        int h = seed;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }

    private static int mix(int h, String s) {
        h = (h ^ ' ') * 0x01000193;
        return hash(h, s, 0, s.length());
    }
}
