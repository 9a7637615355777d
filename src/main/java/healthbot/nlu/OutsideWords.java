package healthbot.nlu;

import healthbot.content.Lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The services and things the bot does not cover ({@code outside} in each language's lexicon: the
 * pharmacy, NAV's benefits, hospital patient transport, private clinics, insurance, a babysitter...),
 * found in a message the way topic words are ({@link TopicWords}: inflections, compounds, one typo
 * in a long word). Every language's groups are looked for in every message. The counter-evidence to
 * the topic words: a question about one of these that asks about none of the topics is not ours.
 */
final class OutsideWords {

    /**
     * What a piece of a message says: the outside groups it names, the topic words it asks about
     * (those not part of a longer outside phrase, "melde flytting til folkeregisteret", and not
     * outweighed by an outside thing named with them, "my prescription on helsenorge", nor negated
     * shortly before when an outside thing is named, "a private doctor, I don't want to wait for my
     * GP"), and the piece
     * without its outside words. An outside word inside a longer topic phrase ("insurance" in
     * "national insurance act") is the topic's.
     */
    record Found(Set<String> groups, List<String> topicWords, String rest) {
        boolean any() {
            return !groups.isEmpty();
        }
    }

    /** How many words before a topic word a negation makes it not asked ("I don't want to wait for my GP"). */
    private static final int NEGATION_REACH = 5;

    private final TopicWords words;
    private final Map<String, Set<String>> outweighs;
    private final Set<String> negations;

    /**
     * @param lexicons    every language's lexicon (their {@code outside} groups)
     * @param commonWords ordinary words of any language, never taken for an outside word by a typo
     */
    OutsideWords(Collection<Lexicon> lexicons, Set<String> commonWords) {
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        Map<String, Set<String>> over = new LinkedHashMap<>();
        Set<String> negation = new HashSet<>();
        for (Lexicon l : lexicons) {
            l.negation().stream().map(TextNormalizer::normalize).filter(OutsideWords::distinctive).forEach(negation::add);
            l.outside().forEach((group, o) -> {
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).addAll(o.words());
                Set<String> set = over.computeIfAbsent(group, g -> new HashSet<>());
                o.outweighs().forEach(w -> set.add(TextNormalizer.normalize(w)));
            });
        }
        this.words = new TopicWords(byGroup, commonWords);
        this.outweighs = Map.copyOf(over);
        this.negations = Set.copyOf(negation);
    }

    static OutsideWords none() {
        return new OutsideWords(List.of(), Set.of());
    }

    /** Whether a normalised message names any outside thing at all (a first, cheap look). */
    boolean named(String normalized) {
        return words.anyIn(normalized);
    }

    /** {@link #named(String)} of a message whose words the topic words worked out (no second split when the guard is the same). */
    boolean named(TopicWords.Message message) {
        return words.anyIn(message);
    }

    /** What a normalised piece of a message says about outside things and topics ({@link Found}). */
    Found find(String normalized, TopicWords topicWords) {
        List<TopicWords.Span> topics = topicWords.spans(normalized);
        List<TopicWords.Span> outside = new ArrayList<>();
        for (TopicWords.Span o : words.spans(normalized)) {
            if (topics.stream().noneMatch(o::within)) {
                outside.add(o);
            }
        }
        Set<String> groups = new LinkedHashSet<>();
        Set<String> over = new HashSet<>();
        for (TopicWords.Span o : outside) {
            groups.add(o.intent());
            over.addAll(outweighs.getOrDefault(o.intent(), Set.of()));
        }
        String[] split = normalized.isEmpty() ? new String[0] : normalized.split(" ");
        Set<String> asked = new LinkedHashSet<>();
        for (TopicWords.Span t : topics) {
            if (!over.contains(t.phrase()) && outside.stream().noneMatch(o -> t.within(o) || sameSpan(t, o))
                    && (outside.isEmpty() || !negated(split, t.start()))) {
                asked.add(t.phrase());
            }
        }
        boolean[] covered = new boolean[split.length];
        outside.forEach(o -> java.util.Arrays.fill(covered, o.start(), o.end(), true));
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < split.length; i++) {
            if (!covered[i]) {
                rest.append(rest.length() == 0 ? "" : " ").append(split[i]);
            }
        }
        return new Found(Set.copyOf(groups), List.copyOf(asked), rest.toString());
    }

    /**
     * A negation word that is not also an ordinary short word of another language: one of three or more
     * letters, or in a script other than Latin ("no" is Nynorsk for "now", "ne" Lithuanian's but also
     * part of many words).
     */
    private static boolean distinctive(String negation) {
        return negation.length() > 2 || negation.chars().anyMatch(c -> c >= 0x250);
    }

    /** Whether a negation stands up to {@link #NEGATION_REACH} words before word {@code at}. */
    private boolean negated(String[] split, int at) {
        for (int i = Math.max(0, at - NEGATION_REACH); i < at; i++) {
            if (negations.contains(TextNormalizer.trimPunctuation(split[i]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSpan(TopicWords.Span a, TopicWords.Span b) {
        return a.start() == b.start() && a.end() == b.end();
    }
}
