package healthbot.nlu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Number words of one language turned into digits, in normalised text: "three hundred and fifty"
 * → 350, "to tusen" → 2000, "fem og tjue" → 25, and years as people say them, in two halves:
 * "nineteen eighty-five", "nitten åttifem", "tjue tjuefem" → 1985, 1985, 2025; "two thousand and
 * six", "totusenogsju" → 2006, 2007. Other words are left as they are.
 *
 * <p>Compounds are split when the whole word is made of the language's number words
 * ("nittenåttifem" = nitten|åtti|fem, "tohundreogfemti", "tjueen", Arabic "وعشرون" = و|عشرون;
 * a word that is a number only before a multiplier, such as "en", also counts after tens) and
 * its pieces read as one number (Russian "семидесяти" is seventy, not "семи" 7 and "десяти" 10); hyphens
 * between number words too ("eighty-five"). A span is read by a small grammar: a number word
 * joins the one before when it fills a place still empty (units after tens, tens after
 * hundreds, "fem og tjue" after a joiner); otherwise a new number starts, except that 19 or 20
 * followed by 10..99 is a year in two halves. "two three" stays two numbers.
 *
 * @see Quantities
 */
final class NumberWords {

    private static final int MIN_COMPOUND_CHARS = 4;
    private static final int MAX_PIECES = 6;

    private final Map<String, Integer> numbers;
    private final Map<String, Integer> weak;
    private final Map<String, Integer> multipliers;
    private final Set<String> joiners;
    /** The first two characters of every word, so most words are rejected without a look-up per number word. */
    private final Set<String> starts = new HashSet<>();
    private final List<String> pieces = new ArrayList<>();

    /**
     * @param numbers     words that are numbers alone, normalised
     * @param weak        words that are numbers only before a multiplier ("to" tusen)
     * @param multipliers "hundred", "tusen"
     * @param joiners     "and", "og"
     */
    NumberWords(Map<String, Integer> numbers, Map<String, Integer> weak, Map<String, Integer> multipliers,
                Set<String> joiners) {
        this.numbers = Map.copyOf(numbers);
        this.weak = Map.copyOf(weak);
        this.multipliers = Map.copyOf(multipliers);
        this.joiners = Set.copyOf(joiners);
        Set<String> all = new HashSet<>(numbers.keySet());
        all.addAll(weak.keySet());
        all.addAll(multipliers.keySet());
        all.addAll(joiners);
        all.remove("");
        pieces.addAll(all);
        pieces.sort((a, b) -> b.length() - a.length());
        for (String p : pieces) {
            starts.add(p.substring(0, Math.min(2, p.length())));
        }
    }

    boolean isEmpty() {
        return numbers.isEmpty() && multipliers.isEmpty();
    }

    boolean isMultiplier(String word) {
        return multipliers.containsKey(word);
    }

    /** Whether a word of the text is a number word, a multiplier or a compound of them. */
    boolean hasNumberWord(String text) {
        if (isEmpty()) {
            return false;
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(' ', start);
            if (end < 0) {
                end = text.length();
            }
            String word = text.substring(start, end);
            if (numbers.containsKey(word) || multipliers.containsKey(word) || split(word) != null) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** The text with every number-word span replaced by its digits; other words untouched. */
    String toDigits(String normalized) {
        if (normalized.isEmpty() || !hasNumberWord(normalized)) {
            return normalized;
        }
        List<String> words = new ArrayList<>();
        Set<Integer> strongInCompound = new HashSet<>(); // "en" of "tjueen" is one, though alone it is not
        for (String w : normalized.split(" ")) {
            List<String> parts = numbers.containsKey(w) || multipliers.containsKey(w) ? null : split(w);
            if (parts == null) {
                words.add(w);
            } else {
                for (int k = 0; k < parts.size(); k++) {
                    if (k > 0 && weak.containsKey(parts.get(k)) && numbers.containsKey(parts.get(k - 1))) {
                        strongInCompound.add(words.size());
                    }
                    words.add(parts.get(k));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < words.size()) {
            int next = readNumber(words, strongInCompound, i, out);
            if (next == i) {
                append(out, words.get(i));
                i++;
            } else {
                i = next;
            }
        }
        return out.toString();
    }

    /** Reads the number starting at {@code i} into {@code out}; returns the index after it, or {@code i} when none starts there. */
    private int readNumber(List<String> words, Set<Integer> strongInCompound, int i, StringBuilder out) {
        long total = 0;
        long current = 0;
        boolean strong = false;
        boolean multiplied = false;
        boolean yearPair = false;
        boolean afterJoiner = false;
        int lastNumberWord = -1;
        for (int j = i; j < words.size(); j++) {
            String word = words.get(j);
            Integer unit = strongInCompound.contains(j) ? weak.get(word) : numbers.get(word);
            Integer mult = multipliers.get(word);
            if (unit != null) {
                long joined = join(current, unit, afterJoiner);
                if (joined >= 0) {
                    current = joined;
                } else if (!multiplied && !yearPair && total == 0 && (current == 19 || current == 20) && unit >= 10 && unit <= 99) {
                    current = current * 100 + unit; // "nineteen eighty": a year in two halves
                    yearPair = true;
                } else {
                    break;
                }
                strong = true;
            } else if (weak.containsKey(word) && current == 0 && j + 1 < words.size() && multipliers.containsKey(words.get(j + 1))) {
                current = weak.get(word);
            } else if (mult != null && !yearPair) {
                current = Math.max(current, 1) * mult;
                if (mult >= 1000) {
                    total += current;
                    current = 0;
                }
                multiplied = true;
                strong = true;
            } else if (joiners.contains(word) && lastNumberWord == j - 1 && j + 1 < words.size()
                    && numbers.containsKey(words.get(j + 1))) {
                afterJoiner = true;
                continue;
            } else {
                break;
            }
            afterJoiner = false;
            lastNumberWord = j;
        }
        if (lastNumberWord < i || !strong) {
            return i;
        }
        append(out, String.valueOf(total + current));
        return lastNumberWord + 1;
    }

    /** {@code current} with {@code unit} added where it fills an empty place, or -1 when it starts a new number. */
    private static long join(long current, long unit, boolean afterJoiner) {
        if (current == 0) {
            return unit;
        }
        if (current >= 100 && current % 100 == 0 && unit < 100) {
            return current + unit; // "three hundred fifty", "1900 eighty"
        }
        if (current % 10 == 0 && current % 100 >= 20 && unit < 10) {
            return current + unit; // "eighty five", "1980 five"
        }
        if (afterJoiner && current < 10 && unit >= 20 && unit < 100 && unit % 10 == 0) {
            return current + unit; // "fem og tjue"
        }
        return -1;
    }

    /** The word as two or more number words ("eighty-five", "nittenåttifem"), or null when it is not made of them. */
    private List<String> split(String word) {
        if (word.length() < MIN_COMPOUND_CHARS || !starts.contains(word.substring(0, 2))) {
            return null;
        }
        if (word.indexOf('-') > 0) {
            List<String> parts = new ArrayList<>();
            for (String p : word.split("-")) {
                if (!numbers.containsKey(p) && !multipliers.containsKey(p) && !joiners.contains(p)) {
                    return null;
                }
                parts.add(p);
            }
            return parts.size() >= 2 ? parts : null;
        }
        List<String> found = new ArrayList<>();
        return segment(word, 0, found) && found.size() >= 2 && valid(found) && oneNumber(found) ? found : null;
    }

    /** Whether the pieces read as one number ("семи|десяти" would be 7 and 10: not a compound). */
    private boolean oneNumber(List<String> parts) {
        Set<Integer> strong = new HashSet<>();
        for (int k = 1; k < parts.size(); k++) {
            if (weak.containsKey(parts.get(k)) && numbers.containsKey(parts.get(k - 1))) {
                strong.add(k);
            }
        }
        int start = joiners.contains(parts.get(0)) ? 1 : 0; // Arabic "و|عشرون" joins the number before it
        return readNumber(parts, strong, start, new StringBuilder()) == parts.size();
    }

    private boolean segment(String word, int from, List<String> found) {
        if (from == word.length()) {
            return true;
        }
        if (found.size() >= MAX_PIECES) {
            return false;
        }
        for (String p : pieces) {
            if (word.startsWith(p, from)) {
                found.add(p);
                if (segment(word, from + p.length(), found) && valid(found)) {
                    return true;
                }
                found.remove(found.size() - 1);
            }
        }
        return false;
    }

    /** Weak words only before a multiplier, joiners only between number words (or first, as Arabic "و"), no two joiners. */
    private boolean valid(List<String> parts) {
        for (int k = 0; k < parts.size(); k++) {
            String p = parts.get(k);
            boolean last = k == parts.size() - 1;
            if (!numbers.containsKey(p) && !multipliers.containsKey(p)) {
                if (weak.containsKey(p) && (!last && multipliers.containsKey(parts.get(k + 1))
                        || k > 0 && numbers.containsKey(parts.get(k - 1)) && numbers.get(parts.get(k - 1)) % 10 == 0)) {
                    continue; // "to" of "tohundre", "en" of "tjueen"
                }
                if (joiners.contains(p) && !last && !joiners.contains(parts.get(k + 1))) {
                    continue;
                }
                return false;
            }
        }
        return true;
    }

    private static void append(StringBuilder out, String word) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(word);
    }
}
