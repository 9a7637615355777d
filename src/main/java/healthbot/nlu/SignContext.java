package healthbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the words around a sign do to it, with the triage files' word lists of every language at
 * once (exact words after normalising):
 * <ul>
 * <li><b>negated</b>: a negation right before the sign, with at most {@value #MAX_FILLERS} filler
 *     words between and no clause break ("no chest pain", "har ikke vondt i brystet", "doesn't have
 *     any chest pain"); a word that is not a filler stops the look-back, so "not well, chest pain"
 *     and "not well chest pain" keep the sign. A coordinator (a negation entry written "or …",
 *     "eller …") carries a negation over the item before it, of at most {@value #MAX_CONJUNCT}
 *     words ("he isn't confused or slurring"). A negation written "… ikke", "… нет" follows the
 *     sign: it negates it when it ends the sign's clause, with at most {@value #MAX_FILLERS} fillers
 *     between ("brystsmerter har han ikke", "боли в груди нет"), or, written "… ikke og …", when the
 *     message goes on after it ("munnen henger ikke og han snakker normalt"); never when the sign's
 *     own words hold a negation ("he is not breathing", "puster ikke": the negation is the sign);</li>
 * <li><b>in the past</b>: a past word in the sign's sentence ("last year", "i fjor", "for weeks")
 *     nearer to the sign than any present word ("now", "suddenly", "again"; a tie is present), and
 *     at most {@value #PAST_REACH} words away: "had a stroke last year, can I get physio?" is in the
 *     past, "had a stroke last year and now his face is drooping" is not;</li>
 * <li><b>has stopped</b>: a phrase saying that it has stopped ("але вже перестало", "but it has stopped
 *     now"), under the same conditions as a past word, turns a red sign yellow: a wound that bled a lot and
 *     has stopped still needs to be seen soon, but not by 113; yellow and green signs keep their grade;</li>
 * <li><b>a figure of speech</b>: the sign overlaps a figurative phrase ("giving me a heart attack",
 *     "dø av kjedsomhet");</li>
 * <li><b>not medical</b>: a word showing that a word merely naming an emergency is about something
 *     else ("akutt: trenger barnevakt"); it never cancels a sign that describes one.</li>
 * </ul>
 */
final class SignContext {

    static final int MAX_FILLERS = 3;
    static final int MAX_CONJUNCT = 2;
    /** How a negation entry marks where the sign stands: "… ikke" (after the sign), "or …" (a coordinator before it). */
    static final String SIGN_MARK = "…";
    static final int PAST_REACH = 8;

    private final Map<String, List<String[]>> negation = new HashMap<>();
    private final Map<String, List<String[]>> negationAfter = new HashMap<>();
    /** Negations after the sign that go on into the next clause: "… ikke og …" ("munnen henger ikke og han snakker normalt"). */
    private final Map<String, List<String[]>> negationAfterGoingOn = new HashMap<>();
    private final Set<String> coordinators = new HashSet<>();
    private final Map<String, List<String[]>> past = new HashMap<>();
    private final Map<String, List<String[]>> present = new HashMap<>();
    private final Map<String, List<String[]>> figurative = new HashMap<>();
    private final Map<String, List<String[]>> notMedical = new HashMap<>();
    private final Map<String, List<String[]>> stopped = new HashMap<>();
    private final Map<String, List<String[]>> hypothetical = new HashMap<>();
    private final Set<String> fillers = new HashSet<>();

    SignContext(Collection<String> negation, Collection<String> fillers, Collection<String> past,
                Collection<String> present, Collection<String> figurative, Collection<String> notMedical,
                Collection<String> stopped) {
        this(negation, fillers, past, present, figurative, notMedical, stopped, List.of());
    }

    SignContext(Collection<String> negation, Collection<String> fillers, Collection<String> past,
                Collection<String> present, Collection<String> figurative, Collection<String> notMedical,
                Collection<String> stopped, Collection<String> hypothetical) {
        index(hypothetical, this.hypothetical);
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<String> afterGoingOn = new ArrayList<>();
        for (String phrase : negation) {
            String p = phrase.strip().replace("...", SIGN_MARK);
            if (p.startsWith(SIGN_MARK) && p.length() > SIGN_MARK.length() && p.endsWith(SIGN_MARK)) {
                afterGoingOn.add(p.substring(SIGN_MARK.length(), p.length() - SIGN_MARK.length()));
            } else if (p.startsWith(SIGN_MARK)) {
                after.add(p.substring(SIGN_MARK.length()));
            } else if (p.endsWith(SIGN_MARK)) {
                String c = TextNormalizer.trimPunctuation(TextNormalizer.normalize(p.substring(0, p.length() - SIGN_MARK.length())).trim());
                if (!c.isBlank()) {
                    coordinators.add(c);
                }
            } else {
                before.add(phrase);
            }
        }
        index(before, this.negation);
        index(after, this.negationAfter);
        index(afterGoingOn, this.negationAfterGoingOn);
        index(past, this.past);
        index(present, this.present);
        index(figurative, this.figurative);
        index(notMedical, this.notMedical);
        index(stopped, this.stopped);
        for (String f : fillers) {
            this.fillers.add(TextNormalizer.normalize(f));
        }
    }

    private static void index(Collection<String> phrases, Map<String, List<String[]>> into) {
        for (String phrase : phrases) {
            String n = TextNormalizer.trimPunctuation(TextNormalizer.normalize(phrase).replace(",", " ").replace(".", " ").trim());
            if (!n.isBlank()) {
                String[] words = n.split(" +");
                into.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
            }
        }
    }

    /** The phrase of {@code index} that ends at {@code end} (inclusive), or null. */
    private static String[] endingAt(Map<String, List<String[]>> index, MessageWords m, int end) {
        for (int len = 1; len <= 5 && end - len + 1 >= 0; len++) {
            List<String[]> candidates = index.get(m.words[end - len + 1]);
            if (candidates != null) {
                for (String[] c : candidates) {
                    if (c.length == len && m.hasAt(c, end - len + 1)) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether a sign found at these spans is negated: its first part is ("no chest pain", "doesn't
     * have any chest pain"), or any other part is, in the same way ("his face isn't drooping", "my son
     * doesn't have a fever or a rash").
     */
    boolean negated(MessageWords m, java.util.List<int[]> spans) {
        int first = spans.stream().mapToInt(s -> s[0]).min().orElse(0);
        if (negated(m, first) || negatedAfter(m, spans)) {
            return true;
        }
        for (int[] s : spans) {
            // the look-back stops at the sign's own words: in "klarer ikke å vekke" the "ikke" belongs to a part
            int floor = spans.stream().filter(t -> t[1] <= s[0]).mapToInt(t -> t[1]).max().orElse(0);
            if (s[0] > first && negated(m, s[0], floor)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the part starting at {@code start} is negated. */
    boolean negated(MessageWords m, int start) {
        return negated(m, start, 0);
    }

    /** Whether the part starting at {@code start} is negated by words from {@code floor} on. */
    private boolean negated(MessageWords m, int start, int floor) {
        int skipped = 0;
        int conjunct = -1; // words of the item before a coordinator, once one is passed
        for (int i = start - 1; i >= floor && !m.breakAfter[i]; i--) {
            if (negationEndsAt(m, i)) {
                return true;
            }
            if (conjunct < 0 && coordinators.contains(m.words[i])) {
                conjunct = 0;
                continue;
            }
            if (conjunct >= 0 && !fillers.contains(m.words[i])) {
                if (++conjunct > MAX_CONJUNCT) {
                    return false;
                }
                continue;
            }
            if (!fillers.contains(m.words[i]) || ++skipped > MAX_FILLERS) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a negation follows the sign and ends its clause ("brystsmerter har han ikke", "боли в
     * груди нет"), with at most {@value #MAX_FILLERS} fillers between; never when the sign's own words
     * hold a negation ("not breathing", "puster ikke").
     */
    private boolean negatedAfter(MessageWords m, List<int[]> spans) {
        if (negationAfter.isEmpty()) {
            return false;
        }
        int end = spans.stream().mapToInt(s -> s[1]).max().orElse(0);
        for (int[] part : spans) {
            for (int i = part[0]; i < part[1]; i++) {
                if (negationEndsAt(m, i) || endingAt(negationAfter, m, i) != null) {
                    return false; // the negation is the sign
                }
            }
        }
        if (end == 0 || end > m.length() || m.breakAfter[end - 1]) {
            return false;
        }
        int skipped = 0;
        for (int i = end; i < m.length(); i++) {
            String[] goingOn = startingAt(negationAfterGoingOn, m, i);
            if (goingOn != null && i + goingOn.length < m.length()) {
                return true;
            }
            String[] after = startingAt(negationAfter, m, i);
            if (after != null) {
                int last = i + after.length - 1;
                return (last == m.length() - 1 || m.breakAfter[last]) && endingAt(present, m, last) == null;
            }
            if (m.breakAfter[i] || !fillers.contains(m.words[i]) || ++skipped > MAX_FILLERS) {
                return false;
            }
        }
        return false;
    }

    /** The longest phrase of {@code index} that starts at {@code at}, or null. */
    private static String[] startingAt(Map<String, List<String[]>> index, MessageWords m, int at) {
        String[] best = null;
        List<String[]> candidates = index.get(m.words[at]);
        if (candidates != null) {
            for (String[] c : candidates) {
                if (m.hasAt(c, at) && (best == null || c.length > best.length)) {
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * Whether a negation ends at word {@code i}, unless a present phrase ends there too: the word
     * lists of all languages apply at once, and Nynorsk "og no" ("and now") is no English "no".
     */
    private boolean negationEndsAt(MessageWords m, int i) {
        return endingAt(negation, m, i) != null && endingAt(present, m, i) == null;
    }

    /** The past words that put the span in the past, or null when it is in the present. */
    String past(MessageWords m, int start, int end) {
        Found p = nearest(past, m, start, end);
        if (p == null || p.distance > PAST_REACH) {
            return null;
        }
        Found now = nearest(present, m, start, end, occurrencesOutside(past, m, start, end));
        return now != null && now.distance <= p.distance ? null : p.phrase;
    }

    /**
     * The phrase saying that what the span describes has stopped ("but it has stopped now"), when it is in the
     * span's sentence within the reach of a past word and no present word is nearer; otherwise null.
     */
    String stopped(MessageWords m, int start, int end) {
        Found s = nearest(stopped, m, start, end);
        if (s == null || s.distance > PAST_REACH) {
            return null;
        }
        Found now = nearest(present, m, start, end);
        return now != null && now.distance <= s.distance ? null : s.phrase;
    }

    /**
     * The phrase saying that the span is asked about, not happening ("a course on what to do if a baby
     * stops breathing", "if my child ever has a seizure", "bare i tilfelle"), when it is in the span's
     * sentence within {@value #PAST_REACH} words of it; otherwise null. Only unambiguous phrases belong
     * here: "what do i do if he is not breathing" is how people in an emergency write too.
     */
    String hypothetical(MessageWords m, int start, int end) {
        Found h = nearest(hypothetical, m, start, end);
        return h == null || h.distance > PAST_REACH ? null : h.phrase;
    }

    /** The figurative phrase the span overlaps, or null. */
    String figurative(MessageWords m, int start, int end) {
        for (int i = 0; i < m.length(); i++) {
            List<String[]> candidates = figurative.get(m.words[i]);
            if (candidates == null) {
                continue;
            }
            for (String[] c : candidates) {
                if (m.hasAt(c, i) && i < end && i + c.length > start) {
                    return String.join(" ", c);
                }
            }
        }
        return null;
    }

    /**
     * A word of the message showing that the naming word at {@code start}..{@code end} is not about
     * an emergency, or null: a phrase that overlaps it ("emergency dentist" for "emergency"), or one
     * elsewhere in the message ("akutt: trenger barnevakt") unless it overlaps another naming word
     * ({@code naming}, spans {start, end}): "ambulance!! ... or the emergency room?" keeps "ambulance".
     */
    String notMedical(MessageWords m, int start, int end, List<int[]> naming) {
        for (int i = 0; i < m.length(); i++) {
            List<String[]> candidates = notMedical.get(m.words[i]);
            if (candidates == null) {
                continue;
            }
            for (String[] c : candidates) {
                if (!m.hasAt(c, i)) {
                    continue;
                }
                int from = i;
                int to = i + c.length;
                boolean own = from < end && to > start;
                boolean another = !own && naming.stream().anyMatch(n -> from < n[1] && to > n[0]);
                if (!another) {
                    return String.join(" ", c);
                }
            }
        }
        return null;
    }

    private record Found(String phrase, int distance) {}

    private static Found nearest(Map<String, List<String[]>> index, MessageWords m, int start, int end) {
        return nearest(index, m, start, end, null);
    }

    /**
     * Where the phrases of {@code index} occur in the sentence of the span, {from, to} (end exclusive),
     * apart from those overlapping the span itself (a sign word such as "er borte" keeps its own "er").
     */
    private static List<int[]> occurrencesOutside(Map<String, List<String[]>> index, MessageWords m, int start, int end) {
        List<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < m.length(); i++) {
            List<String[]> candidates = m.sentence[i] == m.sentence[start] ? index.get(m.words[i]) : null;
            for (String[] c : candidates == null ? List.<String[]>of() : candidates) {
                if (m.hasAt(c, i) && (i + c.length <= start || i >= end)) {
                    out.add(new int[] {i, i + c.length});
                }
            }
        }
        return out;
    }

    /**
     * The phrase of {@code index} nearest the span in its sentence, leaving out occurrences inside one
     * of {@code within} (a past phrase that holds a present word: "she is fine now", "nå går det bra").
     */
    private static Found nearest(Map<String, List<String[]>> index, MessageWords m, int start, int end, List<int[]> within) {
        Found best = null;
        int sentence = m.sentence[start];
        for (int i = 0; i < m.length(); i++) {
            if (m.sentence[i] != sentence) {
                continue;
            }
            List<String[]> candidates = index.get(m.words[i]);
            if (candidates == null) {
                continue;
            }
            for (String[] c : candidates) {
                if (!m.hasAt(c, i)) {
                    continue;
                }
                int last = i + c.length - 1;
                int from = i;
                if (within != null && within.stream().anyMatch(w -> from >= w[0] && from + c.length <= w[1])) {
                    continue;
                }
                int distance = last < start ? start - last - 1 : i >= end ? i - end : 0;
                if (best == null || distance < best.distance) {
                    best = new Found(String.join(" ", c), distance);
                }
            }
        }
        return best;
    }
}
