package healthbot.nlu;

import healthbot.content.Language;
import healthbot.content.Languages;
import healthbot.content.Lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells which of the content's languages a message is written in. The script first: when most of
 * its letters are Cyrillic, Arabic or Ethiopic, only the languages written in that script are
 * candidates (a message in a script no language of the content uses is in a language the bot does
 * not speak). Then the lexicons: each candidate scores one point per word of the message that is
 * one of its {@code cues} (or a duration word no language has as a cue: "mnd"), and two when a word other than a place name ("Bærum", "Østfold") uses
 * one of its {@code letters} ("æøå", "іїєґ"). A Latin-script message that gives no evidence either
 * way ("19", "ok"), or where two languages score the same, gets no language, so the conversation
 * keeps its own; in another script the first of its languages wins a tie.
 *
 * <p>Close relatives (a language and the one it falls back to, in the same script: Nynorsk and
 * Bokmål) share most everyday words, and one relative's cue list names many of them ("har", "på",
 * "ja", "takk" are cues of nb, and Nynorsk writes them too). So a relative's cue that a language's
 * own texts also use counts for that language as well: such a word is evidence of Norwegian against
 * English, and none for Bokmål against Nynorsk. What tells the two apart is then only what one of
 * them alone writes ("eg", "ikkje", "kva" against "jeg", "ikke", "hva"); a message with nothing of
 * the kind ("ja", "nei takk", "35 år") ties and keeps the conversation's language.
 *
 * <p>Between siblings (a language and one that falls back to it, neither the source language: nb and
 * nn) the lexicons' {@code strong_cues} decide once the two lead: each counts
 * {@value #STRONG_POINTS} instead of one, so a Nynorsk pronoun or negation ("eg", "ikkje", "kva")
 * outweighs a content word a Nynorsk writer borrows from Bokmål ("må eg ha henvisning"). They count
 * one point against other languages, so a mostly English message with "eg veit ikkje" stays English.
 *
 * <p>A language written in another script may give {@code latin.cues}: its words as its writers spell
 * them in Latin letters ("spasibo", "dyakuyu"). They score in Latin-script messages like any cue, and
 * a message they win is marked {@code transliterated}, to be read back into its script.
 */
final class LanguageDetector {

    private static final int LETTER_POINTS = 2;
    /** What a strong cue ("eg", "ikkje", "jeg") counts: more than a content word a close standard borrows. */
    static final int STRONG_POINTS = 3;

    /**
     * What the detector found.
     *
     * @param language   a language code of the content, or null
     * @param unsupported the script the message is written in when no language of the content uses it
     *                    ("han", "devanagari"), else null
     */
    record Detected(String language, Set<String> alike, String unsupported, boolean transliterated) {

        Detected(String language, Set<String> alike, String unsupported) {
            this(language, alike, unsupported, false);
        }
    }

    /**
     * One language's evidence in one script: {@code cues} maps a normalised word to its points;
     * {@code transliterated} when the language's own script is another and these are its words
     * spelt in Latin letters ("spasibo").
     */
    private record Scorer(String code, String script, String fallback, Set<String> cues, Set<String> strong, String letters,
                          boolean transliterated) {

        /** Both written the same way, one falling back to the other, neither the source language: nb and nn. */
        boolean sibling(Scorer other) {
            return other != this && other.script.equals(script) && other.transliterated == transliterated
                    && fallback != null && other.fallback != null
                    && (other.code.equals(fallback) || code.equals(other.fallback));
        }
    }

    private final List<Scorer> scorers = new ArrayList<>();
    private final Set<String> placeNames;

    /**
     * @param languages  the content's languages, in order
     * @param lexicons   language code to its lexicon
     * @param textWords  language code to the normalised words of its texts (which words a language writes)
     * @param placeNames normalised place names, which say nothing about the language ("I live in Bærum")
     */
    LanguageDetector(Languages languages, Map<String, Lexicon> lexicons, Map<String, Set<String>> textWords,
                     Set<String> placeNames) {
        Set<String> everyCue = new HashSet<>();
        lexicons.values().forEach(x -> x.cues().forEach(c -> everyCue.add(TextNormalizer.normalize(c))));
        lexicons.values().forEach(x -> x.evidence().strongCues().forEach(c -> everyCue.add(TextNormalizer.normalize(c))));
        for (Language l : languages.all()) {
            Lexicon lexicon = lexicons.get(l.code());
            if (lexicon == null) {
                continue;
            }
            Set<String> folded = folded(lexicon.cues());
            Set<String> strong = folded(lexicon.evidence().strongCues());
            Set<String> ownWords = textWords.getOrDefault(l.code(), Set.of());
            for (Language relative : languages.all()) {
                if (closeRelatives(l, relative) && lexicons.containsKey(relative.code())) {
                    Lexicon other = lexicons.get(relative.code());
                    folded(other.cues()).stream().filter(ownWords::contains).forEach(folded::add);
                    folded(other.evidence().strongCues()).stream().filter(ownWords::contains).forEach(strong::add);
                }
            }
            for (String unit : durationWords(lexicon)) {
                String n = TextNormalizer.normalize(unit);
                if (!everyCue.contains(n)) {
                    folded.add(n); // "mnd": "i 3 mnd" is not English on the strength of "i"
                }
            }
            folded.addAll(strong);
            scorers.add(new Scorer(l.code(), l.script(), l.fallback(), Set.copyOf(folded), Set.copyOf(strong),
                    lexicon.letters().toLowerCase(java.util.Locale.ROOT), false));
            if (!l.script().equals("latin") && !lexicon.evidence().latinCues().isEmpty()) {
                scorers.add(new Scorer(l.code(), "latin", l.fallback(), Set.copyOf(folded(lexicon.evidence().latinCues())),
                        Set.of(), "", true));
            }
        }
        this.placeNames = Set.copyOf(placeNames);
    }

    private static Set<String> folded(List<String> words) {
        Set<String> folded = new HashSet<>();
        words.forEach(c -> folded.add(TextNormalizer.normalize(c)));
        return folded;
    }

    /** One falls back to the other (nn -> nb), and both are written in the same script. */
    private static boolean closeRelatives(Language a, Language b) {
        return !a.code().equals(b.code()) && a.script().equals(b.script())
                && (b.code().equals(a.fallback()) || a.code().equals(b.fallback()));
    }

    /**
     * A language's duration words count as its cues unless some language has them as a cue
     * already: a short answer such as "i 3 mnd" then ties English's "i" instead of losing to it,
     * and the chat keeps its language (a tie changes nothing), so the reply stays in the language
     * of the question.
     */
    private static java.util.List<String> durationWords(Lexicon lexicon) {
        Lexicon.Units u = lexicon.units();
        java.util.List<String> words = new ArrayList<>(u.year());
        words.addAll(u.month());
        words.addAll(u.week());
        words.addAll(u.day());
        return words;
    }

    /** @param original the message as written, @param tokens its normalised words */
    Detected detect(String original, String[] tokens) {
        String script = dominantScript(original);
        if (script.equals("latin")) {
            return byWords(original, tokens, "latin", false);
        }
        boolean spoken = scorers.stream().anyMatch(s -> s.script().equals(script));
        return spoken ? byWords(original, tokens, script, true) : new Detected(null, Set.of(), script);
    }

    /**
     * The best-scoring language of {@code script}. A tie between close relatives only (nb and nn)
     * gives the one the others fall back to, with all of them as alike; any other tie, or no
     * evidence, gives null, or, when {@code firstWinsTie}, the first language of the script among
     * the best, with the tied ones as alike (a conversation in one of them keeps it).
     */
    private Detected byWords(String original, String[] tokens, String script, boolean firstWinsTie) {
        int n = scorers.size();
        int[] base = new int[n];
        int[] total = new int[n];
        boolean[] inScript = new boolean[n];
        for (int i = 0; i < n; i++) {
            Scorer s = scorers.get(i);
            if (!s.script().equals(script)) {
                continue;
            }
            inScript[i] = true;
            int score = s.letters().isEmpty() || !hasLetterOutsidePlaceNames(original, s.letters()) ? 0 : LETTER_POINTS;
            int extra = 0;
            for (String t : tokens) {
                String word = TextNormalizer.trimPunctuation(t); // "ja," and "hva?" are cues too
                if (s.cues().contains(word)) {
                    score++;
                    extra += s.strong().contains(word) ? STRONG_POINTS - 1 : 0;
                }
            }
            base[i] = score;
            total[i] = score + extra;
        }
        List<Integer> best = best(base, inScript, firstWinsTie);
        if (!best.isEmpty() && mutualSiblings(best)) { // between siblings (nb, nn) the strong cues decide: "må eg ha henvisning" is Nynorsk
            boolean[] withSiblings = new boolean[n];
            best.forEach(i -> withSiblings[i] = true);
            for (int i = 0; i < n; i++) {
                for (int b : best) {
                    withSiblings[i] |= inScript[i] && scorers.get(b).sibling(scorers.get(i));
                }
            }
            best = best(total, withSiblings, firstWinsTie);
        }
        if (best.isEmpty()) {
            return new Detected(null, Set.of(), null);
        }
        List<Scorer> chosen = best.stream().map(scorers::get).toList();
        if (chosen.size() == 1) {
            return new Detected(chosen.get(0).code(), Set.of(), null, chosen.get(0).transliterated());
        }
        if (firstWinsTie) { // "в Беруме": Ukrainian or Russian; a chat in either keeps its language
            return new Detected(chosen.get(0).code(), Set.copyOf(chosen.stream().map(Scorer::code).toList()), null);
        }
        Scorer root = rootOfOneFamily(chosen);
        return root == null ? new Detected(null, Set.of(), null)
                : new Detected(root.code(), Set.copyOf(chosen.stream().map(Scorer::code).toList()), null);
    }

    /** Whether the scorers at {@code indices} are one language or siblings of each other (a tie with English is not). */
    private boolean mutualSiblings(List<Integer> indices) {
        for (int a : indices) {
            for (int b : indices) {
                if (a != b && !scorers.get(a).sibling(scorers.get(b))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The indices of the scorers {@code among} with the highest score (above 0 unless {@code firstWinsTie}), in order. */
    private static List<Integer> best(int[] score, boolean[] among, boolean firstWinsTie) {
        List<Integer> best = new ArrayList<>();
        int bestScore = firstWinsTie ? -1 : 0;
        for (int i = 0; i < score.length; i++) {
            if (!among[i]) {
                continue;
            }
            if (score[i] > bestScore) {
                best.clear();
                best.add(i);
                bestScore = score[i];
            } else if (score[i] == bestScore && (score[i] > 0 || firstWinsTie)) {
                best.add(i);
            }
        }
        return best;
    }

    /** The one language of {@code tied} every other falls back to directly (nb for nb and nn), or null. */
    private static Scorer rootOfOneFamily(List<Scorer> tied) {
        Set<String> codes = new HashSet<>(tied.stream().map(Scorer::code).toList());
        List<Scorer> roots = tied.stream().filter(s -> !codes.contains(s.fallback())).toList();
        if (roots.size() != 1) {
            return null;
        }
        Scorer root = roots.get(0);
        return tied.stream().allMatch(s -> s == root || root.code().equals(s.fallback())) ? root : null;
    }

    /**
     * The script most of the message's letters are in: "latin" (also for a message without letters,
     * or mostly Latin), "cyrillic", "arabic", "ethiopic", or another script's lower-case name.
     */
    static String dominantScript(String text) {
        java.util.Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
                letters++;
            }
        }
        Character.UnicodeScript top = Character.UnicodeScript.LATIN;
        int topCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > topCount) {
                top = e.getKey();
                topCount = e.getValue();
            }
        }
        if (letters == 0 || top == Character.UnicodeScript.LATIN || topCount * 2 < letters) {
            return "latin";
        }
        return top.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a word other than a place name is written with one of {@code letters}. */
    private boolean hasLetterOutsidePlaceNames(String original, String letters) {
        int wordStart = 0;
        boolean special = false;
        for (int i = 0; i <= original.length(); i++) {
            char c = i < original.length() ? Character.toLowerCase(original.charAt(i)) : ' ';
            if (Character.isWhitespace(c)) {
                if (special && !placeNames.contains(TextNormalizer.trimPunctuation(TextNormalizer.normalize(original.substring(wordStart, i))))) {
                    return true;
                }
                wordStart = i + 1;
                special = false;
            } else if (letters.indexOf(c) >= 0) {
                special = true;
            }
        }
        return false;
    }
}
