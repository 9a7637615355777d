package healthbot.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The triage knowledge staff wrote in {@code intents/triage/}: the symptom groups (after the
 * chapters of the Norwegian Index for Medical Emergency Assistance), which answer each grade gets,
 * and, per language, the signs of each group by grade and the words that change what a sign means
 * (negation, past, figures of speech). Raw text: the understanding ({@code healthbot.nlu})
 * normalises and compiles it. Immutable.
 *
 * @param answers   grade to the intent whose answer it gets (yellow: the legevakt, dental: the
 *                  emergency dentist, green: the GP); red always gets the emergency answer
 * @param groups    the symptom groups in file order
 * @param languages language code to that language's signs, in file-name order
 */
public record Triage(Map<Grade, String> answers, List<Group> groups, Map<String, Signs> languages) {

    /** How urgent a sign is, as the index grades it (teeth are graded apart: the emergency dentist). */
    public enum Grade {
        /** "akutt": life or health may be at stake now: 113 */
        RED,
        /** "haster": must be seen soon: the legevakt, with "call 113 if it gets worse or you are unsure" */
        YELLOW,
        /** dental pain or injury: the emergency dentist */
        DENTAL,
        /** "vanlig": can wait for an ordinary appointment: the resident's own GP */
        GREEN;

        /** The grade's key in the files ("red"). */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A symptom group.
     *
     * @param id      lower_snake_case id ("stroke"), used by the sign files
     * @param chapter the index chapter(s) it follows, for staff
     */
    public record Group(String id, String chapter) {}

    /**
     * One language's signs and the words around them.
     *
     * @param language   the language code (the file's name)
     * @param words      named word sets a sign can use as {@code @name}
     * @param signs      group id to grade to signs ("@face + @droop")
     * @param negation   words that cancel a sign right after them ("no", "ikke")
     * @param fillers    words that may stand between a negation and its sign ("any", "have")
     * @param past       words that put a sign in the past or make it long-standing ("last year", "for weeks")
     * @param present    words that keep a sign in the present ("now", "suddenly", "again")
     * @param figurative phrases in which a sign's words are a figure of speech ("giving me a heart attack")
     * @param notMedical words that show that a word naming an emergency is not about health ("babysitter", "printer")
     * @param stopped    phrases saying that what a sign describes has stopped ("but it has stopped now"): a red sign
     *                   in their sentence is read as yellow (to be seen soon), never as green
     * @param clauseBreaks words that end a clause for sign parts joined by {@code ~} ("and", "but", "og", "men"):
     *                   a vital function and a failure marker combine only within one clause
     * @param hypothetical phrases saying that a sign in their sentence is asked about, not happening ("a course
     *                   on what to do if", "if my child ever", "bare i tilfelle"): the sign does not count
     */
    public record Signs(String language, Map<String, List<String>> words, Map<String, Map<Grade, List<Located<String>>>> signs,
                        List<String> negation, List<String> fillers, List<String> past, List<String> present,
                        List<String> figurative, List<String> notMedical, List<String> stopped, List<String> clauseBreaks,
                        List<String> hypothetical) {
        public Signs {
            words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
            Map<String, Map<Grade, List<Located<String>>>> copy = new LinkedHashMap<>();
            signs.forEach((group, byGrade) -> {
                Map<Grade, List<Located<String>>> g = new LinkedHashMap<>();
                byGrade.forEach((grade, list) -> g.put(grade, List.copyOf(list)));
                copy.put(group, Collections.unmodifiableMap(g));
            });
            signs = Collections.unmodifiableMap(copy);
            negation = List.copyOf(negation);
            fillers = List.copyOf(fillers);
            past = List.copyOf(past);
            present = List.copyOf(present);
            figurative = List.copyOf(figurative);
            notMedical = List.copyOf(notMedical);
            stopped = List.copyOf(stopped);
            clauseBreaks = List.copyOf(clauseBreaks);
            hypothetical = List.copyOf(hypothetical);
        }
    }

    public Triage {
        answers = Map.copyOf(answers);
        groups = List.copyOf(groups);
        languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
    }

    /** No triage content (a content set without {@code triage/}: only the emergency words apply). */
    public static Triage none() {
        return new Triage(Map.of(), List.of(), Map.of());
    }

    /** The intent answering a grade, or null when the content names none. */
    public String answer(Grade grade) {
        return answers.get(grade);
    }
}
