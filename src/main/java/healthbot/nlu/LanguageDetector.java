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
 * Tells which of the content's languages a message is written in, from the lexicons: each
 * language scores one point per word of the message that is one of its {@code cues}, and two
 * when a word other than a place name ("Bærum", "Østfold") uses one of its {@code letters}
 * ("æøå"). Returns null when a message gives no evidence either way ("19", "ok") or two
 * languages score the same, so the conversation keeps its language.
 */
final class LanguageDetector {

    private static final int LETTER_POINTS = 2;

    private record Scorer(String code, Set<String> cues, String letters) {}

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
            scorers.add(new Scorer(l.code(), Set.copyOf(folded), lexicon.letters().toLowerCase(java.util.Locale.ROOT)));
        }
        this.placeNames = Set.copyOf(placeNames);
    }

    /** @param original the message as written, @param tokens its normalised words */
    String detect(String original, String[] tokens) {
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Scorer s : scorers) {
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
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
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
