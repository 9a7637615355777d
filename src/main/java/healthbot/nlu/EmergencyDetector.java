package healthbot.nlu;

import healthbot.content.Lexicon;
import healthbot.content.Located;
import healthbot.content.Triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what a message says about urgency, as one {@link Assessment}: the one place where a
 * message's urgency is decided. It reads, in every language at once (a resident may write
 * Norwegian in an English chat), tolerating typos ({@link TypoPolicy}):
 * <ul>
 * <li>the lexicons' emergency words: {@code emergency.describing} ("not breathing", "puster ikke")
 *     are red; {@code emergency.naming} ("emergency", "akutt", "113") only name an emergency or a
 *     service and give {@link Assessment.Grade#NAMED};</li>
 * <li>the triage files' signs ({@code intents/triage/<code>.json}), graded red, yellow, dental or
 *     green within their symptom group.</li>
 * </ul>
 * Each sign found is then read in its context ({@link SignContext}): a negated sign or one inside a
 * figure of speech does not count; a sign in the past ("had a stroke last year") counts as green;
 * a naming word next to a word that shows the message is not about health does not count. The
 * highest grade left wins (red over yellow over named over dental over green), except that a
 * yellow sign with a word naming an emergency ("ambulance", "akutt", "113") is answered as named,
 * 113 first: when the bot cannot tell red from yellow, it says 113. What was found but not counted
 * is reported with why.
 *
 * <p>Common words, never read as typos, are the lexicons' {@code common-words.txt} plus the words of
 * the content's non-emergency examples (except the emergency words themselves).
 */
public final class EmergencyDetector {

    /** The group of an assessment made by the lexicons' emergency words (as opposed to a symptom group). */
    public static final String GROUP = "emergency";
    private static final int MAX_MATCHED = 3;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EmergencyDetector.class);
    /** Compiled once: {@code String.split("\\s+")} compiles it again on every call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A sign's parts: joined by {@code +} (near the first), {@code &} (anywhere in the message) or {@code ~} (in its clause; see {@link SignMatcher}). */
    private static final Pattern SIGN_PARTS = Pattern.compile("[+&~]");

    private final SignMatcher matcher;
    private final SignContext context;
    private final TypoPolicy policy;
    private final Set<String> triggers;

    /**
     * Emergency words only, without triage signs or context words.
     *
     * @param describing   phrases that describe an emergency
     * @param naming       words that only name emergencies
     * @param commonWords  ordinary words never matched by typo tolerance
     * @param everydayText texts that are not emergencies (the other intents' examples): their words are common words too
     */
    public EmergencyDetector(Collection<String> describing, Collection<String> naming, Collection<String> commonWords,
                             Collection<String> everydayText) {
        this(describing, naming, commonWords, everydayText, Triage.none());
    }

    private EmergencyDetector(Collection<String> describing, Collection<String> naming, Collection<String> commonWords,
                              Collection<String> everydayText, Triage triage) {
        this(compile(describing, naming, commonWords, everydayText, triage), triage);
    }

    /** The detector of compiled tables (compiled now, or kept in the {@link ModelCache}) and the triage's context words. */
    private EmergencyDetector(EmergencyTables tables, Triage triage) {
        List<String> negation = new ArrayList<>();
        List<String> fillers = new ArrayList<>();
        List<String> past = new ArrayList<>();
        List<String> present = new ArrayList<>();
        List<String> figurative = new ArrayList<>();
        List<String> notMedical = new ArrayList<>();
        List<String> stopped = new ArrayList<>();
        Set<String> clauseBreaks = new HashSet<>();
        List<String> hypothetical = new ArrayList<>();
        for (Triage.Signs language : triage.languages().values()) {
            for (String w : language.clauseBreaks()) {
                clauseBreaks.add(TextNormalizer.normalize(w));
            }
            negation.addAll(language.negation());
            fillers.addAll(language.fillers());
            past.addAll(language.past());
            present.addAll(language.present());
            figurative.addAll(language.figurative());
            notMedical.addAll(language.notMedical());
            stopped.addAll(language.stopped());
            hypothetical.addAll(language.hypothetical());
        }
        this.policy = new TypoPolicy(tables.common());
        this.matcher = new SignMatcher(tables.signs(), policy, clauseBreaks);
        this.context = new SignContext(negation, fillers, past, present, figurative, notMedical, stopped, hypothetical);
        this.triggers = Set.copyOf(tables.triggers());
    }

    /** The emergency words and the triage signs compiled, and the common words that guard typo tolerance. */
    private static EmergencyTables compile(Collection<String> describing, Collection<String> naming, Collection<String> commonWords,
                                           Collection<String> everydayText, Triage triage) {
        List<SignMatcher.Sign> signs = new ArrayList<>();
        Set<String> triggerWords = new HashSet<>();
        Set<String> triggerPhrases = new LinkedHashSet<>();
        for (String phrase : describing) {
            addWord(phrase, false, signs, triggerWords, triggerPhrases);
        }
        for (String phrase : naming) {
            addWord(phrase, true, signs, triggerWords, triggerPhrases);
        }
        for (Triage.Signs language : triage.languages().values()) {
            compile(language, signs);
        }
        Set<String> common = new HashSet<>();
        for (String w : new HashSet<>(commonWords)) { // each distinct word normalised once: the same set
            common.add(TextNormalizer.normalize(w));
        }
        for (String text : new HashSet<>(everydayText)) {
            for (String w : TextNormalizer.normalize(text).split(" ")) {
                common.add(TextNormalizer.trimPunctuation(w));
            }
        }
        common.removeAll(triggerWords);
        return new EmergencyTables(signs, common, List.copyOf(triggerPhrases));
    }

    /** The detector of every lexicon's emergency words and common words and the triage signs, guarded by the everyday texts. */
    public static EmergencyDetector of(Collection<Lexicon> lexicons, Triage triage, Collection<String> everydayText) {
        return of(lexicons, triage, everydayText, ModelCache.disabled());
    }

    /**
     * {@link #of(Collection, Triage, Collection)}, with the compiled tables from {@code cache} when it
     * holds them for exactly these inputs and this build (compiled, and cached, otherwise): compiling
     * thousands of signs is a good part of a start-up on a cold JVM.
     */
    static EmergencyDetector of(Collection<Lexicon> lexicons, Triage triage, Collection<String> everydayText, ModelCache cache) {
        return of(lexicons, triage, () -> everydayText, cache, null);
    }

    /**
     * {@link #of(Collection, Triage, Collection, ModelCache)}, the tables keyed by {@code contentKey}
     * when it is given (the key of every file the content was loaded from, see
     * {@link ModelCache.Validations#contentKey}): the tables are compiled from that content alone,
     * so with the build it decides them, and a start-up with unchanged content neither works out the
     * everyday words nor spells them into a key (56,000 of them). Without it, by every input as above.
     */
    static EmergencyDetector of(Collection<Lexicon> lexicons, Triage triage, java.util.function.Supplier<Collection<String>> everydayText,
                                ModelCache cache, byte[] contentKey) {
        List<String> describing = new ArrayList<>();
        List<String> naming = new ArrayList<>();
        List<String> common = new ArrayList<>();
        for (Lexicon l : lexicons) {
            describing.addAll(l.emergency().describing());
            naming.addAll(l.emergency().naming());
            common.addAll(l.commonWords());
        }
        if (cache.directories().isEmpty()) {
            return new EmergencyDetector(describing, naming, common, everydayText.get(), triage);
        }
        byte[] key = contentKey != null
                ? cache.entryKey("healthbot emergency tables of the content " + EmergencyTables.FORMAT, contentKey)
                : cache.entryKey("healthbot emergency tables " + EmergencyTables.FORMAT,
                        EmergencyTables.key(describing, naming, common, everydayText.get(), triage));
        StartupSteps.thread("e-key");
        byte[] cached = cache.payload(EmergencyTables.PREFIX, key, "the emergency signs are compiled");
        StartupSteps.thread("e-payload");
        if (cached != null) {
            try {
                EmergencyTables decoded = EmergencyTables.decode(cached);
                StartupSteps.thread("e-decode");
                return new EmergencyDetector(decoded, triage);
            } catch (EmergencyTables.Invalid e) {
                LOG.warn("ignoring the cached emergency tables: {}; the signs are compiled again and the entry replaced", e.getMessage());
            }
        }
        EmergencyTables tables = compile(describing, naming, common, everydayText.get(), triage);
        cache.store(EmergencyTables.PREFIX, key, tables.encode(), "emergency tables cached");
        return new EmergencyDetector(tables, triage);
    }

    /** {@link #of(Collection, Triage, Collection)} without triage signs. */
    public static EmergencyDetector of(Collection<Lexicon> lexicons, Collection<String> everydayText) {
        return of(lexicons, Triage.none(), everydayText);
    }

    private static void addWord(String phrase, boolean names, List<SignMatcher.Sign> signs, Set<String> triggerWords,
                                Set<String> phrases) {
        String normalized = TextNormalizer.normalize(phrase);
        if (normalized.isBlank()) {
            return;
        }
        String[] words = words(normalized);
        Assessment.Grade grade = names && words.length == 1 ? Assessment.Grade.NAMED : Assessment.Grade.RED;
        signs.add(new SignMatcher.Sign(GROUP, grade, String.join(" ", words), List.of(List.<String[]>of(words))));
        triggerWords.addAll(List.of(words));
        phrases.add(String.join(" ", words));
    }

    /** A language's signs compiled: "@face + @droop" to parts of alternatives. */
    private static void compile(Triage.Signs language, List<SignMatcher.Sign> into) {
        Map<String, String[]> wordsOf = new HashMap<>(); // a set's phrase to its words, worked out once per language
        language.signs().forEach((group, byGrade) -> byGrade.forEach((grade, list) -> {
            for (Located<String> sign : list) {
                List<List<String[]>> parts = new ArrayList<>();
                for (String part : SIGN_PARTS.split(sign.value())) {
                    parts.add(alternatives(part.trim(), language.words(), wordsOf));
                }
                into.add(new SignMatcher.Sign(group, gradeOf(grade), sign.value(), parts));
            }
        }));
    }

    /**
     * Every phrase a part can be: its {@code |}-separated choices ("arm|jaw"), each {@code @set} word
     * replaced by each of the set's phrases.
     */
    private static List<String[]> alternatives(String part, Map<String, List<String>> sets, Map<String, String[]> wordsOf) {
        List<String[]> phrases = new ArrayList<>();
        for (String choice : part.split("\\|")) {
            if (!choice.isBlank()) {
                phrases.addAll(expand(choice.trim(), sets, wordsOf));
            }
        }
        return phrases;
    }

    private static List<String[]> expand(String part, Map<String, List<String>> sets, Map<String, String[]> wordsOf) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (String word : WHITESPACE.split(part)) {
            List<String> options = word.startsWith("@") ? sets.getOrDefault(word.substring(1), List.of()) : List.of(word);
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String option : options) {
                    List<String> longer = new ArrayList<>(prefix);
                    longer.addAll(List.of(wordsOf.computeIfAbsent(option, o -> words(normalizeKeepingStar(o)))));
                    next.add(longer);
                }
            }
            out = next;
        }
        List<String[]> phrases = new ArrayList<>();
        for (List<String> p : out) {
            if (!p.isEmpty()) {
                phrases.add(p.toArray(String[]::new));
            }
        }
        return phrases;
    }

    private static String normalizeKeepingStar(String text) {
        StringBuilder out = new StringBuilder();
        for (String w : WHITESPACE.split(text.trim())) {
            boolean star = w.endsWith("*");
            String n = TextNormalizer.normalize(star ? w.substring(0, w.length() - 1) : w);
            if (!n.isBlank()) {
                out.append(out.length() == 0 ? "" : " ").append(n.replace(' ', '_')).append(star ? "*" : "");
            }
        }
        return out.toString().replace('_', ' ');
    }

    private static String[] words(String normalized) {
        List<String> out = new ArrayList<>();
        for (String w : normalized.split(" ")) {
            String t = w.endsWith("*") ? TextNormalizer.trimPunctuation(w.substring(0, w.length() - 1)) + "*"
                    : TextNormalizer.trimPunctuation(w);
            if (!t.isEmpty() && !t.equals("*")) {
                out.add(t);
            }
        }
        return out.toArray(String[]::new);
    }

    private static Assessment.Grade gradeOf(Triage.Grade grade) {
        return switch (grade) {
            case RED -> Assessment.Grade.RED;
            case YELLOW -> Assessment.Grade.YELLOW;
            case DENTAL -> Assessment.Grade.DENTAL;
            case GREEN -> Assessment.Grade.GREEN;
        };
    }

    /** What a normalised message says about urgency (the policy above). */
    public Assessment assess(String normalizedText) {
        MessageWords m = MessageWords.of(normalizedText);
        boolean single = m.length() == 1;
        List<SignMatcher.Hit> hits = matcher.find(m);
        if (hits.isEmpty()) {
            String figure = context.figurative(m, 0, m.length());
            return figure == null ? Assessment.none(single) // a figure of speech alone still says "no emergency" (see Routing)
                    : new Assessment(Assessment.Grade.NONE, null, List.of(), single, List.of("(figure of speech: " + figure + ")"));
        }
        List<int[]> naming = new ArrayList<>();
        for (SignMatcher.Hit hit : hits) {
            if (hit.sign().grade() == Assessment.Grade.NAMED) {
                naming.add(new int[] {hit.start(), hit.end()});
            }
        }
        List<String> discounted = new ArrayList<>();
        Assessment.Grade best = Assessment.Grade.NONE;
        List<SignMatcher.Hit> winners = new ArrayList<>();
        List<Assessment.Grade> grades = new ArrayList<>();
        for (SignMatcher.Hit hit : hits) {
            String text = hit.sign().text();
            String figure = context.figurative(m, hit.start(), hit.end());
            if (figure != null) {
                discounted.add(text + " (figure of speech: " + figure + ")");
                continue;
            }
            String asked = context.hypothetical(m, hit.start(), hit.end());
            if (asked != null) {
                discounted.add(text + " (asked about, not happening: " + asked + ")");
                continue;
            }
            if (context.negated(m, hit.spans())) {
                discounted.add(text + " (negated)");
                continue;
            }
            Assessment.Grade grade = hit.sign().grade();
            if (grade == Assessment.Grade.NAMED) {
                String notMedical = context.notMedical(m, hit.start(), hit.end(), naming);
                if (notMedical != null) {
                    discounted.add(text + " (not about health: " + notMedical + ")");
                    continue;
                }
            } else if (grade != Assessment.Grade.GREEN) {
                String past = context.past(m, hit.start(), hit.end());
                if (past != null) {
                    discounted.add(text + " " + Assessment.PAST + past + ")");
                    grade = Assessment.Grade.GREEN;
                } else if (grade == Assessment.Grade.RED) {
                    String stopped = context.stopped(m, hit.start(), hit.end());
                    if (stopped != null) { // "it bled a lot but it has stopped now": still to be seen soon, not 113
                        discounted.add(text + " (has stopped: " + stopped + ")");
                        grade = Assessment.Grade.YELLOW;
                    }
                }
            }
            winners.add(hit);
            grades.add(grade);
            if (grade.compareTo(best) > 0) {
                best = grade;
            }
        }
        if (best == Assessment.Grade.NONE) {
            return new Assessment(Assessment.Grade.NONE, null, List.of(), single, discounted);
        }
        if (best == Assessment.Grade.YELLOW && grades.contains(Assessment.Grade.NAMED)) {
            // "ambulance!! my dad fell and hit his head": the writer calls it an emergency and the sign is
            // urgent; the bot cannot tell red from yellow, so it says 113 first (the answer names the legevakt too)
            best = Assessment.Grade.NAMED;
        }
        String group = null;
        List<String> matched = new ArrayList<>();
        for (int i = 0; i < winners.size(); i++) {
            if (grades.get(i) != best && !(best == Assessment.Grade.NAMED && grades.get(i) == Assessment.Grade.YELLOW)) {
                continue;
            }
            SignMatcher.Hit hit = winners.get(i);
            if (group == null || group.equals(GROUP) && !hit.sign().group().equals(GROUP)) {
                group = hit.sign().group();
            }
            if (matched.size() < MAX_MATCHED && !matched.contains(hit.sign().text())) {
                matched.add(hit.sign().text());
            }
        }
        return new Assessment(best, group, matched, single, discounted);
    }

    /** Whether {@code word} of a message counts as the trigger word {@code trigger} (the {@link TypoPolicy}). */
    boolean similar(String word, String trigger) {
        return policy.similar(word, trigger);
    }

    /** The lexicons' emergency phrases in their normalised form, for tests and validation. */
    public Set<String> normalizedTriggers() {
        return triggers;
    }

    /** Whether typo tolerance never applies to this (normalised) word. */
    public boolean isCommonWord(String word) {
        return policy.isCommon(word);
    }

    /** How many signs and emergency words it matches (for the start-up log and tests). */
    public int signCount() {
        return matcher.size();
    }
}
