package healthbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the content's topic words in a message ({@code topic_words} of each language's
 * {@code examples.json}): the evidence that a message is about something the bot covers, and which
 * topics it points to. A word of the message counts as a topic word when it is the same; when it is
 * the topic word plus an inflection ending ("dentists", "fastlegen"); when it is a compound of 8+
 * letters that starts or ends with a topic word of 6+ letters ("tannlegetime",
 * "barnetannlege"); or, for a topic word of {@value #TYPO_FROM}+ letters, one typo away from it
 * ("dentsit", "fysoterapeut") unless the message's word is a common word of some language. A
 * phrase counts when its words follow each other so. Digits in front of a word are ignored
 * ("200km").
 */
final class TopicWords {

    /** Endings of inflected words, English and Norwegian: "dentists", "fastlegen", "vaksinene", "referred". */
    private static final java.util.List<String> ENDINGS = java.util.List.of("s", "es", "ed", "d", "ing", "er", "ers", "e",
            "n", "en", "et", "ene", "a", "ar", "ane", "ens", "ets", "ns", "r");
    private static final int COMPOUND = 8;
    private static final int COMPOUND_PART = 6;
    private static final int TYPO_FROM = 6;

    /** A topic word or phrase (normalised words) and the topic it points to. */
    private record Entry(String[] words, long[] letters, String phrase, String intent) {}

    /** What a message says about the bot's topics. */
    record Found(List<String> words, Set<String> intents) {
        boolean any() {
            return !words.isEmpty();
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> commonWords;

    /**
     * @param byIntent    intent name to its topic words (any language)
     * @param commonWords ordinary words of any language, never taken for a topic word by a typo
     */
    TopicWords(Map<String, ? extends Collection<String>> byIntent, Set<String> commonWords) {
        byIntent.forEach((intent, words) -> {
            for (String w : words) {
                String normalized = TextNormalizer.normalize(w);
                if (!normalized.isBlank()) {
                    String[] split = normalized.split(" ");
                    long[] letters = new long[split.length];
                    for (int i = 0; i < split.length; i++) {
                        letters[i] = EditDistance.letters(split[i]);
                    }
                    entries.add(new Entry(split, letters, normalized, intent));
                }
            }
        });
        this.commonWords = Set.copyOf(commonWords);
    }

    /** The topic words in a normalised message, in the order of the content, and the topics they point to. */
    Found find(String normalized) {
        if (entries.isEmpty() || normalized.isEmpty()) {
            return new Found(List.of(), Set.of());
        }
        return find(message(normalized));
    }

    /** {@link #find(String)} of a message whose words were worked out once ({@link #message}). */
    Found find(Message message) {
        if (message.guard() != commonWords) {
            return find(message.normalized()); // worked out against another guard: its common flags may differ
        }
        if (entries.isEmpty() || message.normalized().isEmpty()) {
            return new Found(List.of(), Set.of());
        }
        Set<String> found = new LinkedHashSet<>();
        Set<String> intents = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (contains(message, e)) {
                found.add(e.phrase());
                intents.add(e.intent());
            }
        }
        return new Found(List.copyOf(found), Set.copyOf(intents));
    }

    /**
     * One place a topic word or phrase was found: words {@code start} to {@code end} (exclusive) of
     * {@code normalized.split(" ")}.
     */
    record Span(String phrase, String intent, int start, int end) {
        boolean within(Span other) {
            return other.start <= start && end <= other.end && other.end - other.start > end - start;
        }
    }

    /**
     * Whether any topic word or phrase is in a normalised message ({@code !spans(normalized).isEmpty()}),
     * stopping at the first: asked of every message about the outside words, so it records no spans.
     */
    boolean anyIn(String normalized) {
        if (entries.isEmpty() || normalized.isEmpty()) {
            return false;
        }
        return anyIn(message(normalized));
    }

    /** {@link #anyIn(String)} of a message whose words were worked out once, with no new work when it was against this guard. */
    boolean anyIn(Message message) {
        if (message.guard() != commonWords) {
            return anyIn(message.normalized());
        }
        if (entries.isEmpty() || message.normalized().isEmpty()) {
            return false;
        }
        for (Entry e : entries) {
            for (int start = 0; start + e.words().length <= message.words().length; start++) {
                if (matchesAt(message, e, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A normalised message's words (punctuation and leading digits off), whether each is common, and their letters. */
    Message message(String normalized) {
        String[] words = normalized.split(" ");
        boolean[] common = new boolean[words.length];
        long[] letters = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            words[i] = stripLeadingDigits(TextNormalizer.trimPunctuation(words[i]));
            common[i] = commonWords.contains(words[i]);
            letters[i] = EditDistance.letters(words[i]);
        }
        return new Message(normalized, words, common, letters, commonWords);
    }

    /** Every place a topic word or phrase is found in a normalised message, in the order of the content. */
    List<Span> spans(String normalized) {
        if (entries.isEmpty() || normalized.isEmpty()) {
            return List.of();
        }
        Message message = message(normalized);
        String[] words = message.words();
        List<Span> out = new ArrayList<>();
        for (Entry e : entries) {
            for (int start = 0; start + e.words().length <= words.length; start++) {
                if (matchesAt(message, e, start)) {
                    out.add(new Span(e.phrase(), e.intent(), start, start + e.words().length));
                }
            }
        }
        return out;
    }

    private static boolean matchesAt(Message m, Entry phrase, int start) {
        for (int k = 0; k < phrase.words().length; k++) {
            int at = start + k;
            if (!matches(m.words()[at], m.common()[at], m.letters()[at], phrase.words()[k], phrase.letters()[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A message's words (punctuation and leading digits off), with whether each is a common word of
     * {@code guard} and its letters, worked out once per message: the topic words and the outside
     * words (built with the same guard) both read it.
     */
    record Message(String normalized, String[] words, boolean[] common, long[] letters, Set<String> guard) {}

    private static boolean contains(Message m, Entry phrase) {
        for (int start = 0; start + phrase.words().length <= m.words().length; start++) {
            boolean all = true;
            for (int k = 0; k < phrase.words().length && all; k++) {
                int at = start + k;
                all = matches(m.words()[at], m.common()[at], m.letters()[at], phrase.words()[k], phrase.letters()[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of a message counts as this topic word (the policy above). */
    boolean matches(String word, String topic) {
        return matches(word, commonWords.contains(word), EditDistance.letters(word), topic, EditDistance.letters(topic));
    }

    private static boolean matches(String word, boolean common, long wordLetters, String topic, long topicLetters) {
        if (word.equals(topic)) {
            return true;
        }
        if (topic.length() >= 4 && word.startsWith(topic) && ENDINGS.contains(word.substring(topic.length()))) {
            return true;
        }
        if (word.length() >= COMPOUND && topic.length() >= COMPOUND_PART && word.length() > topic.length()
                && (word.startsWith(topic) || word.endsWith(topic))) {
            return true;
        }
        return topic.length() >= TYPO_FROM && Math.abs(word.length() - topic.length()) <= 1
                && !common && EditDistance.atMost(word, wordLetters, topic, topicLetters, 1);
    }

    private static String stripLeadingDigits(String word) {
        int i = 0;
        while (i < word.length() && Character.isDigit(word.charAt(i))) {
            i++;
        }
        return i == 0 || i == word.length() ? word : word.substring(i);
    }
}
