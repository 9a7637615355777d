package healthbot.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises emergencies by the content's trigger words and phrases, tolerating typos.
 *
 * <p>The policy, word by word: a word equal to a trigger word always matches. A word that is not
 * equal matches by typo tolerance (one edit for triggers of 5+ letters, two for 9+; none with
 * digits) only when it is <em>not a common word</em> of English or Norwegian, so "doing" never
 * becomes "dying", "cooking" never "choking", "cancel" never "cancer". Common words are the words
 * of the content's non-emergency examples plus a shipped list ({@code common-words.txt}: the
 * dictionary words of English and Bokmål/Nynorsk that lie within the tolerance of a trigger word).
 * One exception keeps inflections: a common word that is the trigger word plus at most two
 * letters ("overdosed", "seizures") still matches.
 *
 * <p>Triggers come in two strengths (see {@link EmergencyCue}): words that merely <em>name</em>
 * emergencies or the emergency services ({@link #NAMING_WORDS}: "emergency", "akutt", "113",
 * "ambulance"...) and everything else, which <em>describes</em> one ("not breathing", "chest pain").
 */
public final class EmergencyDetector {

    /**
     * Trigger words that name emergencies rather than describe one: a message whose only triggers are
     * these may be a question that mentions an emergency ("is only emergency treatment covered?").
     */
    public static final Set<String> NAMING_WORDS = Set.of("113", "emergency", "emergencies", "emergancy", "emergncy",
            "ambulance", "ambulanse", "akutt", "akutte", "nødnummer", "nodnummer", "nødsituasjon", "nodsituasjon");

    private static final String COMMON_WORDS = "common-words.txt";
    private static final int INFLECTION_LETTERS = 2;

    private final List<String[]> triggers = new ArrayList<>();
    private final List<Boolean> naming = new ArrayList<>();
    /** One-word triggers, for the common case of an exact hit, and whether each only names. */
    private final java.util.Map<String, Boolean> exactWords = new java.util.HashMap<>();
    private final Set<String> commonWords;

    /** A detector without the content's example words (tests, tools): only the shipped common words guard. */
    public EmergencyDetector(List<String> triggerPhrases) {
        this(triggerPhrases, List.of());
    }

    /**
     * @param triggerPhrases the emergency intent's triggers
     * @param everydayText   texts that are not emergencies (the other intents' examples): their words
     *                       are common words, never matched by typo tolerance
     */
    public EmergencyDetector(List<String> triggerPhrases, Collection<String> everydayText) {
        Set<String> triggerWords = new HashSet<>();
        for (String phrase : triggerPhrases) {
            String normalized = TextNormalizer.normalize(phrase);
            if (!normalized.isBlank()) {
                String[] words = normalized.split(" ");
                boolean names = words.length == 1 && NAMING_WORDS.contains(words[0]);
                triggers.add(words);
                naming.add(names);
                triggerWords.addAll(List.of(words));
                if (words.length == 1) {
                    exactWords.put(words[0], names);
                }
            }
        }
        Set<String> common = new HashSet<>(shippedCommonWords());
        for (String text : everydayText) {
            for (String w : TextNormalizer.normalize(text).split(" ")) {
                common.add(TextNormalizer.trimPunctuation(w));
            }
        }
        common.removeAll(triggerWords);
        this.commonWords = Set.copyOf(common);
    }

    /** True when a normalised, space-separated message contains a trigger. */
    public boolean isEmergency(String normalizedText) {
        return cue(normalizedText) != EmergencyCue.NONE;
    }

    /**
     * The trigger phrase (normalised) a message matches, for explaining a decision; empty when none.
     * A trigger that describes an emergency is named before one that only names emergencies. Same
     * matching as {@link #cue}, which stays the fast path for answering.
     */
    public java.util.Optional<String> triggerIn(String normalizedText) {
        String[] words = normalizedText.split(" ");
        for (int i = 0; i < words.length; i++) {
            words[i] = TextNormalizer.trimPunctuation(words[i]);
        }
        for (boolean namingOnly : new boolean[] {false, true}) { // a trigger that describes one comes first
            for (int t = 0; t < triggers.size(); t++) {
                if (naming.get(t) == namingOnly && containsPhrase(words, triggers.get(t))) {
                    return java.util.Optional.of(String.join(" ", triggers.get(t)));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** What the message's triggers say: none, only naming words, or a description of an emergency. */
    public EmergencyCue cue(String normalizedText) {
        String[] words = normalizedText.split(" ");
        boolean named = false;
        for (int i = 0; i < words.length; i++) {
            words[i] = TextNormalizer.trimPunctuation(words[i]);
            Boolean names = exactWords.get(words[i]);
            if (names != null) {
                if (!names) {
                    return EmergencyCue.DESCRIBED;
                }
                named = true;
            }
        }
        for (int t = 0; t < triggers.size(); t++) {
            if ((!named || !naming.get(t)) && containsPhrase(words, triggers.get(t))) {
                if (!naming.get(t)) {
                    return EmergencyCue.DESCRIBED;
                }
                named = true;
            }
        }
        return named ? EmergencyCue.NAMED : EmergencyCue.NONE;
    }

    private boolean containsPhrase(String[] words, String[] phrase) {
        for (int start = 0; start + phrase.length <= words.length; start++) {
            boolean all = true;
            for (int k = 0; k < phrase.length && all; k++) {
                all = similar(words[start + k], phrase[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} of a message counts as the trigger word {@code trigger} (the policy above). */
    boolean similar(String word, String trigger) {
        if (word.equals(trigger)) {
            return true;
        }
        int allowed = trigger.length() >= 9 ? 2 : trigger.length() >= 5 ? 1 : 0;
        if (allowed == 0 || Math.abs(word.length() - trigger.length()) > allowed || !isDigitFree(trigger)) {
            return false;
        }
        if (commonWords.contains(word)) {
            return word.startsWith(trigger) && word.length() - trigger.length() <= INFLECTION_LETTERS;
        }
        return EditDistance.atMost(word, trigger, allowed);
    }

    private static boolean isDigitFree(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Trigger phrases in their normalised form, for tests and validation. */
    public Set<String> normalizedTriggers() {
        Set<String> out = new LinkedHashSet<>();
        triggers.forEach(t -> out.add(String.join(" ", t)));
        return out;
    }

    /** Whether typo tolerance never applies to this (normalised) word. */
    public boolean isCommonWord(String word) {
        return commonWords.contains(word);
    }

    private static Set<String> shippedCommonWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = EmergencyDetector.class.getResourceAsStream(COMMON_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("the resource healthbot/nlu/" + COMMON_WORDS
                        + " is missing from the build; rebuild the jar (mvn package)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(TextNormalizer.normalize(w));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read healthbot/nlu/" + COMMON_WORDS + ": " + e.getMessage(), e);
        }
        return words;
    }
}
