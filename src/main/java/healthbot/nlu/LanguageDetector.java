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
 * one of its {@code cues}, and two when a word other than a place name ("Bærum", "Østfold") uses
 * one of its {@code letters} ("æøå", "іїєґ"). A Latin-script message that gives no evidence either
 * way ("19", "ok"), or where two languages score the same, gets no language, so the conversation
 * keeps its own; in another script the first of its languages wins a tie.
 */
final class LanguageDetector {

    private static final int LETTER_POINTS = 2;

    /**
     * What the detector found.
     *
     * @param language   a language code of the content, or null
     * @param unsupported the script the message is written in when no language of the content uses it
     *                    ("han", "devanagari"), else null
     */
    record Detected(String language, String unsupported) {}

    private record Scorer(String code, String script, Set<String> cues, String letters) {}

    private final List<Scorer> scorers = new ArrayList<>();
    private final Set<String> placeNames;

    /**
     * @param languages  the content's languages, in order
     * @param lexicons   language code to its lexicon
     * @param placeNames normalised place names, which say nothing about the language ("I live in Bærum")
     */
    LanguageDetector(Languages languages, Map<String, Lexicon> lexicons, Set<String> placeNames) {
        for (Language l : languages.all()) {
            Lexicon lexicon = lexicons.get(l.code());
            if (lexicon == null) {
                continue;
            }
            Set<String> folded = new HashSet<>();
            lexicon.cues().forEach(c -> folded.add(TextNormalizer.normalize(c)));
            scorers.add(new Scorer(l.code(), l.script(), Set.copyOf(folded), lexicon.letters().toLowerCase(java.util.Locale.ROOT)));
        }
        this.placeNames = Set.copyOf(placeNames);
    }

    /** @param original the message as written, @param tokens its normalised words */
    Detected detect(String original, String[] tokens) {
        String script = dominantScript(original);
        if (script.equals("latin")) {
            return new Detected(byWords(original, tokens, "latin", false), null);
        }
        boolean spoken = scorers.stream().anyMatch(s -> s.script().equals(script));
        return spoken ? new Detected(byWords(original, tokens, script, true), null) : new Detected(null, script);
    }

    /**
     * The best-scoring language of {@code script}; a tie or no evidence gives null, or, when
     * {@code firstWinsTie}, the first language of the script among the best.
     */
    private String byWords(String original, String[] tokens, String script, boolean firstWinsTie) {
        String best = null;
        int bestScore = firstWinsTie ? -1 : 0;
        boolean tie = false;
        for (Scorer s : scorers) {
            if (!s.script().equals(script)) {
                continue;
            }
            int score = s.letters().isEmpty() || !hasLetterOutsidePlaceNames(original, s.letters()) ? 0 : LETTER_POINTS;
            for (String t : tokens) {
                if (s.cues().contains(t)) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = s.code();
                bestScore = score;
                tie = false;
            } else if (score == bestScore && (score > 0 || firstWinsTie)) {
                tie = true;
            }
        }
        return tie && !firstWinsTie ? null : best;
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
