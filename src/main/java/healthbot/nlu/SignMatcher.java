package healthbot.nlu;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds signs in a message. A sign is one or more <em>parts</em> ("@face + @droop": a face word
 * and a drooping word), each part a phrase whose words may be word sets; all parts must occur in
 * one sentence within {@value #WINDOW} words of each other, in any order. A part joined by
 * {@code " & "} instead ("@farewell + @means & @gone") may be anywhere in the message: a story
 * tells the warning sign sentences after the event. A part joined by {@code " ~ "} ("@vbreath ~ @vfail":
 * a vital function and a failure marker) must be in the first part's <em>clause</em> and within
 * {@value #CLAUSE_WINDOW} words of it: no comma, full stop or clause word ("and", "but", "og") between,
 * which is what lets a generic marker ("can't", "barely", "stopped") combine with a function word
 * without the whole sentence around it. Words match by the {@link TypoPolicy}.
 *
 * <p>Every word of every sign is given an id once; a message is read by looking up, for each of its
 * words, the ids it matches (exact, prefix, typo), so a sign none of whose first words occurs is
 * dismissed without being looked at: an index from each word to the signs that have it as the first
 * word of a part gives the only signs worth checking. This keeps thousands of signs in a dozen
 * languages well under a millisecond per message.
 */
final class SignMatcher {

    /** How far apart (in words, first to last) the parts of one sign may be. */
    static final int WINDOW = 12;
    /** How far apart (in words, first to last) the parts of a sign joined by {@code ~} may be. */
    static final int CLAUSE_WINDOW = 6;
    /** How a part is joined to the first: near it in its sentence ({@code +}), anywhere ({@code &}), in its clause ({@code ~}). */
    static final byte NEAR = 0;
    static final byte ANYWHERE = 1;
    static final byte CLAUSE = 2;

    /**
     * A compiled sign.
     *
     * @param group the symptom group ("stroke"; "emergency" for the lexicons' emergency words)
     * @param grade its grade
     * @param text  the sign as staff wrote it, for "why"
     * @param parts each part's alternatives, each a phrase of normalised words (a word ending in * is a prefix)
     */
    record Sign(String group, Assessment.Grade grade, String text, List<List<String[]>> parts) {}

    /**
     * A sign found in a message.
     *
     * @param sign  the sign
     * @param spans where each part was found, {start, end} (end exclusive), in the sign's part order
     */
    record Hit(Sign sign, List<int[]> spans) {
        int start() {
            return spans.stream().mapToInt(s -> s[0]).min().orElse(0);
        }

        int end() {
            return spans.stream().mapToInt(s -> s[1]).max().orElse(0);
        }
    }

    private final List<Sign> signs;
    private final TypoPolicy policy;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> vocabulary = new ArrayList<>();
    /** A prefix sign word's stem ("seizur" of "seizur*") to its ids. */
    private final Map<String, List<Integer>> prefixStems = new HashMap<>();
    private int longestStem;
    /** Word length to the ids (ascending) of the words of that length that typo tolerance applies to. */
    private final int[][] typoIdsByLength;
    /** Word id to the edits a typo of it may make, and to its {@link EditDistance#letters}. */
    private final int[] allowedEdits;
    private final long[] letters;
    /** Sign to part to alternative to word ids. */
    private final int[][][][] compiled;
    /** Sign to part: how it is joined to the first ({@link #NEAR}, {@link #ANYWHERE}, {@link #CLAUSE}). */
    private final byte[][] joins;
    /** Words that end a clause for parts joined by {@code ~} ("and", "but", "og"), normalised. */
    private final Set<String> clauseBreaks;
    /** Word id to the signs (ascending) that have the word first in an alternative of one of their parts. */
    private final int[][] signsStartingWith;

    SignMatcher(List<Sign> signs, TypoPolicy policy) {
        this(signs, policy, Set.of());
    }

    SignMatcher(List<Sign> signs, TypoPolicy policy, Set<String> clauseBreaks) {
        this.signs = List.copyOf(signs);
        this.policy = policy;
        this.clauseBreaks = Set.copyOf(clauseBreaks);
        compiled = new int[signs.size()][][][];
        joins = new byte[signs.size()][];
        for (int s = 0; s < signs.size(); s++) {
            List<List<String[]>> parts = signs.get(s).parts();
            joins[s] = joins(signs.get(s).text(), parts.size());
            compiled[s] = new int[parts.size()][][];
            for (int p = 0; p < parts.size(); p++) {
                List<String[]> alternatives = parts.get(p);
                compiled[s][p] = new int[alternatives.size()][];
                for (int a = 0; a < alternatives.size(); a++) {
                    String[] words = alternatives.get(a);
                    int[] wordIds = new int[words.length];
                    for (int w = 0; w < words.length; w++) {
                        wordIds[w] = id(words[w]);
                    }
                    compiled[s][p][a] = wordIds;
                }
            }
        }
        List<BitSet> starting = new ArrayList<>();
        for (int s = 0; s < compiled.length; s++) {
            for (int[][] part : compiled[s]) {
                for (int[] alternative : part) {
                    while (starting.size() <= alternative[0]) {
                        starting.add(new BitSet());
                    }
                    starting.get(alternative[0]).set(s);
                }
            }
        }
        allowedEdits = new int[vocabulary.size()];
        letters = new long[vocabulary.size()];
        List<List<Integer>> typoByLength = new ArrayList<>();
        for (int id = 0; id < vocabulary.size(); id++) {
            String word = vocabulary.get(id);
            allowedEdits[id] = word.endsWith("*") ? 0 : TypoPolicy.allowedEdits(word);
            letters[id] = EditDistance.letters(word);
            if (allowedEdits[id] > 0) {
                while (typoByLength.size() <= word.length()) {
                    typoByLength.add(new ArrayList<>());
                }
                typoByLength.get(word.length()).add(id);
            }
        }
        typoIdsByLength = typoByLength.stream().map(ids -> ids.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        signsStartingWith = new int[vocabulary.size()][];
        for (int id = 0; id < signsStartingWith.length; id++) {
            signsStartingWith[id] = id < starting.size() ? setBits(starting.get(id)) : new int[0];
        }
    }

    /** The set bits in order ({@code bits.stream().toArray()} without a stream: thousands of them at every start). */
    private static int[] setBits(BitSet bits) {
        int[] out = new int[bits.cardinality()];
        int n = 0;
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            out[n++] = i;
        }
        return out;
    }

    /**
     * Which parts of a sign as written are joined by {@code &} (anywhere in the message) rather than
     * {@code +} (in the first part's sentence and window); the first part is the anchor.
     */
    static boolean[] anywhere(String text, int parts) {
        byte[] joins = joins(text, parts);
        boolean[] out = new boolean[parts];
        for (int p = 0; p < parts; p++) {
            out[p] = joins[p] == ANYWHERE;
        }
        return out;
    }

    /** How each part of a sign as written is joined to the first: {@code +}, {@code &} or {@code ~} (the first part: {@link #NEAR}). */
    static byte[] joins(String text, int parts) {
        byte[] out = new byte[parts];
        int part = 0;
        for (int i = 0; i < text.length() && part + 1 < parts; i++) {
            char c = text.charAt(i);
            if (c == '+' || c == '&' || c == '~') {
                out[++part] = c == '&' ? ANYWHERE : c == '~' ? CLAUSE : NEAR;
            }
        }
        return out;
    }

    private int id(String word) {
        Integer known = ids.get(word);
        if (known != null) {
            return known;
        }
        int id = vocabulary.size();
        vocabulary.add(word);
        ids.put(word, id);
        if (word.endsWith("*")) {
            String stem = word.substring(0, word.length() - 1);
            prefixStems.computeIfAbsent(stem, x -> new ArrayList<>()).add(id);
            longestStem = Math.max(longestStem, stem.length());
        }
        return id;
    }

    int size() {
        return signs.size();
    }

    /** Every sign in the message, each occurrence of its first part once. */
    List<Hit> find(MessageWords m) {
        Map<Integer, BitSet> at = wordsAt(m);
        BitSet present = new BitSet(vocabulary.size());
        BitSet candidates = new BitSet(compiled.length);
        for (int id : at.keySet()) {
            present.set(id);
            for (int s : signsStartingWith[id]) {
                candidates.set(s);
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (int s = candidates.nextSetBit(0); s >= 0; s = candidates.nextSetBit(s + 1)) { // in the signs' order
            if (!possible(compiled[s], present)) {
                continue;
            }
            List<List<int[]>> occurrences = new ArrayList<>();
            for (int[][] part : compiled[s]) {
                occurrences.add(occurrences(part, at, m.length()));
            }
            for (int[] anchor : occurrences.get(0)) {
                List<int[]> spans = new ArrayList<>();
                spans.add(anchor);
                for (int p = 1; p < occurrences.size() && spans.size() == p; p++) {
                    int[] near = switch (joins[s][p]) {
                        case ANYWHERE -> nearest(occurrences.get(p), anchor);
                        case CLAUSE -> nearestInClause(occurrences.get(p), anchor, m);
                        default -> nearest(occurrences.get(p), anchor, m);
                    };
                    if (near != null) {
                        spans.add(near);
                    }
                }
                if (spans.size() == occurrences.size()) {
                    hits.add(new Hit(signs.get(s), spans));
                }
            }
        }
        return hits;
    }

    /** Whether every part has an alternative whose first word occurs at all. */
    private static boolean possible(int[][][] parts, BitSet present) {
        for (int[][] part : parts) {
            boolean any = false;
            for (int[] alternative : part) {
                if (present.get(alternative[0])) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static List<int[]> occurrences(int[][] part, Map<Integer, BitSet> at, int length) {
        List<int[]> out = new ArrayList<>();
        for (int[] alternative : part) {
            BitSet first = at.get(alternative[0]);
            if (first == null) {
                continue;
            }
            for (int start = first.nextSetBit(0); start >= 0; start = first.nextSetBit(start + 1)) {
                boolean all = start + alternative.length <= length;
                for (int k = 1; k < alternative.length && all; k++) {
                    BitSet b = at.get(alternative[k]);
                    all = b != null && b.get(start + k);
                }
                if (all) {
                    out.add(new int[] {start, start + alternative.length});
                }
            }
        }
        return out;
    }

    /** The occurrence nearest the anchor in the anchor's sentence and window, or null. */
    private static int[] nearest(List<int[]> candidates, int[] anchor, MessageWords m) {
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int[] c : candidates) {
            if (m.sentence[c[0]] != m.sentence[anchor[0]]) {
                continue;
            }
            int span = Math.max(c[1], anchor[1]) - Math.min(c[0], anchor[0]);
            int distance = Math.abs(c[0] - anchor[0]);
            if (span <= WINDOW && distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The occurrence nearest the anchor in the anchor's clause and within {@link #CLAUSE_WINDOW}, or
     * null: no comma or full stop after a word before the later of the two, and no clause word between them.
     */
    private int[] nearestInClause(List<int[]> candidates, int[] anchor, MessageWords m) {
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int[] c : candidates) {
            int from = Math.min(c[0], anchor[0]);
            int to = Math.max(c[1], anchor[1]);
            int distance = Math.abs(c[0] - anchor[0]);
            if (to - from > CLAUSE_WINDOW || distance >= bestDistance || overlaps(c, anchor) || !oneClause(m, from, to, c, anchor)) {
                continue;
            }
            best = c;
            bestDistance = distance;
        }
        return best;
    }

    private static boolean overlaps(int[] a, int[] b) {
        return a[0] < b[1] && b[0] < a[1];
    }

    /** Whether nothing between the two spans ends a clause: a comma or full stop, or a clause word. */
    private boolean oneClause(MessageWords m, int from, int to, int[] a, int[] b) {
        int gapStart = Math.min(a[1], b[1]);
        int gapEnd = Math.max(a[0], b[0]);
        for (int i = Math.max(from, gapStart - 1); i < gapEnd; i++) {
            if (m.breakAfter[i]) {
                return false;
            }
        }
        for (int i = gapStart; i < gapEnd; i++) {
            if (clauseBreaks.contains(m.words[i])) {
                return false;
            }
        }
        return true;
    }

    /** The occurrence nearest the anchor anywhere in the message, or null. */
    private static int[] nearest(List<int[]> candidates, int[] anchor) {
        int[] best = null;
        for (int[] c : candidates) {
            if (best == null || Math.abs(c[0] - anchor[0]) < Math.abs(best[0] - anchor[0])) {
                best = c;
            }
        }
        return best;
    }

    /** For each sign word occurring in the message, the positions where it occurs. */
    private Map<Integer, BitSet> wordsAt(MessageWords m) {
        Map<Integer, BitSet> at = new HashMap<>();
        for (int p = 0; p < m.length(); p++) {
            String w = m.words[p];
            if (w.isEmpty()) {
                continue;
            }
            Set<Integer> found = new LinkedHashSet<>();
            Integer exact = ids.get(w);
            if (exact != null) {
                found.add(exact);
            }
            for (int end = 0; end <= Math.min(w.length(), longestStem); end++) { // the stems "w" starts with
                List<Integer> stems = prefixStems.get(w.substring(0, end));
                if (stems != null) {
                    found.addAll(stems);
                }
            }
            if (policy.isCommon(w)) {
                for (int cut = 1; cut <= 2 && cut < w.length(); cut++) { // inflections of a sign word: "seizures"
                    Integer stem = ids.get(w.substring(0, w.length() - cut));
                    if (stem != null && policy.similar(w, vocabulary.get(stem))) {
                        found.add(stem);
                    }
                }
            } else if (exact == null && TypoPolicy.isDigitFree(w)) { // a word that is itself a sign word ("akutt") is no typo of another ("skutt")
                // the policy's typo case for a word that is not common (TypoPolicy.similar), with the sign words' edits and letters ready
                long lettersOfW = EditDistance.letters(w);
                for (int len = Math.max(0, w.length() - 2); len <= Math.min(w.length() + 2, typoIdsByLength.length - 1); len++) {
                    for (int id : typoIdsByLength[len]) {
                        if (EditDistance.atMost(w, lettersOfW, vocabulary.get(id), letters[id], allowedEdits[id])) {
                            found.add(id);
                        }
                    }
                }
            }
            for (int id : found) {
                at.computeIfAbsent(id, i -> new BitSet()).set(p);
            }
        }
        return at;
    }
}
