package healthbot.nlu;

import healthbot.content.Lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises emergencies by the lexicons' emergency words and phrases, in every language at once
 * (a resident may write Norwegian in an English chat), tolerating typos, and says what it found
 * as an {@link Assessment}: the one place where a message's urgency is decided.
 *
 * <p>The policy, word by word: a word equal to a trigger word always matches. A word that is not
 * equal matches by typo tolerance (one edit for triggers of 5+ letters, two for 9+; none with
 * digits) only when it is <em>not a common word</em> of any language, so "doing" never becomes
 * "dying", "cooking" never "choking", "cancel" never "cancer". Common words are the lexicons'
 * {@code common-words.txt} plus the words of the content's non-emergency examples. One exception
 * keeps inflections: a common word that is the trigger word plus at most two letters
 * ("overdosed", "seizures") still matches.
 *
 * <p>Triggers come in two strengths: words that merely <em>name</em> emergencies or the services
 * (each lexicon's {@code emergency.naming}: "emergency", "akutt", "113") give {@link Assessment.Grade#NAMED};
 * everything else ({@code emergency.describing}: "not breathing", "puster ikke") describes one and
 * gives {@link Assessment.Grade#RED}.
 */
public final class EmergencyDetector {

    /** The group of an assessment made by these emergency words (as opposed to a symptom group). */
    public static final String GROUP = "emergency";

    private static final int INFLECTION_LETTERS = 2;

    private final List<String[]> triggers = new ArrayList<>();
    private final List<Boolean> naming = new ArrayList<>();
    /** One-word triggers, for the common case of an exact hit, and whether each only names. */
    private final Map<String, Boolean> exactWords = new HashMap<>();
    private final Set<String> commonWords;

    /**
     * @param describing  phrases that describe an emergency
     * @param naming      words that only name emergencies
     * @param commonWords ordinary words never matched by typo tolerance
     * @param everydayText texts that are not emergencies (the other intents' examples): their words are common words too
     */
    public EmergencyDetector(Collection<String> describing, Collection<String> naming, Collection<String> commonWords,
                             Collection<String> everydayText) {
        Set<String> triggerWords = new HashSet<>();
        add(describing, false, triggerWords);
        add(naming, true, triggerWords);
        Set<String> common = new HashSet<>();
        for (String w : commonWords) {
            common.add(TextNormalizer.normalize(w));
        }
        for (String text : everydayText) {
            for (String w : TextNormalizer.normalize(text).split(" ")) {
                common.add(TextNormalizer.trimPunctuation(w));
            }
        }
        common.removeAll(triggerWords);
        this.commonWords = Set.copyOf(common);
    }

    /** The detector of every lexicon's emergency words and common words, guarded by the everyday texts too. */
    public static EmergencyDetector of(Collection<Lexicon> lexicons, Collection<String> everydayText) {
        List<String> describing = new ArrayList<>();
        List<String> naming = new ArrayList<>();
        List<String> common = new ArrayList<>();
        for (Lexicon l : lexicons) {
            describing.addAll(l.emergency().describing());
            naming.addAll(l.emergency().naming());
            common.addAll(l.commonWords());
        }
        return new EmergencyDetector(describing, naming, common, everydayText);
    }

    private void add(Collection<String> phrases, boolean names, Set<String> triggerWords) {
        for (String phrase : phrases) {
            String normalized = TextNormalizer.normalize(phrase);
            if (normalized.isBlank()) {
                continue;
            }
            String[] words = normalized.split(" ");
            boolean onlyNames = names && words.length == 1;
            triggers.add(words);
            naming.add(onlyNames);
            triggerWords.addAll(List.of(words));
            if (words.length == 1) {
                exactWords.merge(words[0], onlyNames, (a, b) -> a && b);
            }
        }
    }

    /**
     * What a normalised message says about urgency: RED with the first describing phrase it has,
     * else NAMED with the first naming word, else NONE. A describing trigger found by an exact
     * one-word hit returns at once (the common case costs one look-up per word).
     */
    public Assessment assess(String normalizedText) {
        String[] words = normalizedText.split(" ");
        boolean single = words.length == 1;
        String named = null;
        for (int i = 0; i < words.length; i++) {
            words[i] = TextNormalizer.trimPunctuation(words[i]);
            Boolean names = exactWords.get(words[i]);
            if (names != null) {
                if (!names) {
                    return Assessment.red(GROUP, List.of(words[i]), single);
                }
                if (named == null) {
                    named = words[i];
                }
            }
        }
        for (int t = 0; t < triggers.size(); t++) {
            if ((named == null || !naming.get(t)) && containsPhrase(words, triggers.get(t))) {
                String phrase = String.join(" ", triggers.get(t));
                if (!naming.get(t)) {
                    return Assessment.red(GROUP, List.of(phrase), single);
                }
                named = phrase;
            }
        }
        return named == null ? Assessment.none(single)
                : new Assessment(Assessment.Grade.NAMED, GROUP, List.of(named), single);
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
}
