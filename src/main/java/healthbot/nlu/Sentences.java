package healthbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a message as written into its sentences, so that a question told inside a story can be
 * read on its own: at {@code . ! ?} followed by a space or the end, at {@code ;} and at line
 * breaks. A full stop is not an end after a digit that a digit follows ("2.30"), after a single
 * letter ("e.g.", "f.eks.") or after a common abbreviation ("ca.", "nr.", "kl."). Each sentence
 * remembers whether it asks: it ends with a question mark, or it is an indirect question in
 * English or Bokmål ("I want to know if...", "jeg lurer på om...").
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("ca", "nr", "kl", "dr", "mr", "mrs", "ms", "st", "osv",
            "bl", "evt", "mv", "etc", "vs", "approx", "tlf", "tel", "jan", "feb", "aug", "sept", "okt", "nov", "des", "dec");

    /** A sentence of a message as written, and whether it asks (a question mark, or an indirect question). */
    record Sentence(String text, boolean asks) {}

    private Sentences() {
    }

    /** The message's sentences in order; one sentence (the whole) when it has no ends inside. */
    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>(4);
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end;
            if (c == '\n' || c == ';') {
                end = true;
            } else if (c == '?' || c == '!' || c == '.') {
                int j = i;
                while (j + 1 < n && (text.charAt(j + 1) == '?' || text.charAt(j + 1) == '!' || text.charAt(j + 1) == '.')) {
                    j++;
                }
                boolean followedBySpace = j + 1 >= n || Character.isWhitespace(text.charAt(j + 1))
                        || text.charAt(j + 1) == '"' || text.charAt(j + 1) == ')';
                end = followedBySpace && !(c == '.' && j == i && isAbbreviation(text, start, i));
                if (end) {
                    boolean question = text.substring(i, j + 1).indexOf('?') >= 0;
                    add(out, text.substring(start, i), question);
                    start = j + 1;
                    i = j;
                    continue;
                }
                i = j;
                continue;
            } else {
                end = false;
            }
            if (end) {
                add(out, text.substring(start, i), false);
                start = i + 1;
            }
        }
        add(out, text.substring(start), false);
        return out;
    }

    /** Words that start a second question after a comma or "and": "..., and do I need a referral". */
    private static final String QUESTION_WORD = "(?=(?:how|what|where|when|who|which|is|are|do|does|can|could|should|must"
            + "|hvordan|hva|hvor|når|hvem|hvilken|hvilke|er|kan|må|skal|får|trenger|kva|kor|korleis|kven)\\b)";
    private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile(
            "(?iu),\\s*(?:(?:and|og|also|og så)\\s+)?" + QUESTION_WORD + "|\\s+(?:and|og)\\s+(?:also\\s+|så\\s+)?" + QUESTION_WORD);

    /**
     * A sentence cut where a second question starts ("how do I get a GP here, and do I need a
     * referral for physio"): at a comma or an "and"/"og" followed by a question word. One clause
     * (the sentence) when there is no such cut.
     */
    static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>(2);
        for (String part : CLAUSE.split(sentence)) {
            if (TextNormalizer.hasWords(part.strip())) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern STARTS_ASKING = java.util.regex.Pattern.compile("(?iu)^" + QUESTION_WORD);

    /**
     * The clauses of a sentence that ask: when it is cut where a second question starts, the clauses
     * after a cut and the first when it starts with a question word ("My GP gave me a prescription,
     * which pharmacy is open?" asks the second); else the sentence.
     */
    static List<String> askingClauses(String sentence) {
        List<String> clauses = clauses(sentence);
        if (clauses.size() < 2) {
            return List.of(sentence);
        }
        List<String> out = new ArrayList<>(clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
            if (i > 0 || STARTS_ASKING.matcher(clauses.get(i)).find()) {
                out.add(clauses.get(i));
            }
        }
        return out;
    }

    /** How an indirect question starts ("I want to know if...", "jeg lurer på om..."): a question without its mark. */
    private static final java.util.regex.Pattern INDIRECT = java.util.regex.Pattern.compile(
            "(?iu)^(?:(?:so|and|but|please|og|men)\\s+)?(?:i\\s+(?:want|would like|need|'d like)\\s+to\\s+know|i\\s+(?:wonder|am wondering|was wondering)"
                    + "|i'm\\s+wondering|(?:can|could)\\s+you\\s+tell\\s+me|please\\s+tell\\s+me|(?:jeg\\s+)?lurer\\s+på|jeg\\s+(?:vil|ville|trenger å)\\s+(?:gjerne\\s+)?vite"
                    + "|kan\\s+du\\s+(?:si|fortelle)(?:\\s+meg)?)\\b");

    private static void add(List<Sentence> out, String sentence, boolean question) {
        String s = sentence.strip();
        if (TextNormalizer.hasWords(s)) {
            out.add(new Sentence(s, question || INDIRECT.matcher(s).find()));
        }
    }

    /** Whether the word ending at the full stop at {@code dot} is a single letter or a known abbreviation. */
    private static boolean isAbbreviation(String text, int from, int dot) {
        int w = dot;
        while (w > from && Character.isLetterOrDigit(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }
}
