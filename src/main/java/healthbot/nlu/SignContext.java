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
 *     and "not well chest pain" keep the sign;</li>
 * <li><b>in the past</b>: a past word in the sign's sentence ("last year", "i fjor", "for weeks")
 *     nearer to the sign than any present word ("now", "suddenly", "again"; a tie is present), and
 *     at most {@value #PAST_REACH} words away: "had a stroke last year, can I get physio?" is in the
 *     past, "had a stroke last year and now his face is drooping" is not;</li>
 * <li><b>a figure of speech</b>: the sign overlaps a figurative phrase ("giving me a heart attack",
 *     "dø av kjedsomhet");</li>
 * <li><b>not medical</b>: a word showing that a word merely naming an emergency is about something
 *     else ("akutt: trenger barnevakt"); it never cancels a sign that describes one.</li>
 * </ul>
 */
final class SignContext {

    static final int MAX_FILLERS = 3;
    static final int PAST_REACH = 8;

    private final Map<String, List<String[]>> negation = new HashMap<>();
    private final Map<String, List<String[]>> past = new HashMap<>();
    private final Map<String, List<String[]>> present = new HashMap<>();
    private final Map<String, List<String[]>> figurative = new HashMap<>();
    private final Map<String, List<String[]>> notMedical = new HashMap<>();
    private final Set<String> fillers = new HashSet<>();

    SignContext(Collection<String> negation, Collection<String> fillers, Collection<String> past,
                Collection<String> present, Collection<String> figurative, Collection<String> notMedical) {
        index(negation, this.negation);
        index(past, this.past);
        index(present, this.present);
        index(figurative, this.figurative);
        index(notMedical, this.notMedical);
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
        if (negated(m, first)) {
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
        for (int i = start - 1; i >= floor && !m.breakAfter[i]; i--) {
            if (negationEndsAt(m, i)) {
                return true;
            }
            if (!fillers.contains(m.words[i]) || ++skipped > MAX_FILLERS) {
                return false;
            }
        }
        return false;
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
        Found now = nearest(present, m, start, end);
        return now != null && now.distance <= p.distance ? null : p.phrase;
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

    /** A word of the message showing that it is not about health, or null. */
    String notMedical(MessageWords m) {
        for (int i = 0; i < m.length(); i++) {
            List<String[]> candidates = notMedical.get(m.words[i]);
            if (candidates != null) {
                for (String[] c : candidates) {
                    if (m.hasAt(c, i)) {
                        return String.join(" ", c);
                    }
                }
            }
        }
        return null;
    }

    private record Found(String phrase, int distance) {}

    private static Found nearest(Map<String, List<String[]>> index, MessageWords m, int start, int end) {
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
                int distance = last < start ? start - last - 1 : i >= end ? i - end : 0;
                if (best == null || distance < best.distance) {
                    best = new Found(String.join(" ", c), distance);
                }
            }
        }
        return best;
    }
}
