package healthbot.nlu;

import java.util.List;

/**
 * What a message says about urgency, decided once per message in one place
 * ({@link EmergencyDetector}) and carried with the message's {@link Analysis}: every decision that
 * depends on it (routing, the apology after a failed turn, the studio's "why") reads it here
 * instead of matching words again.
 *
 * @param grade      how urgent
 * @param group      which kind of sign matched ("emergency" for the emergency words; a symptom
 *                   group such as "stroke" when graded by the triage signs), or null for {@link Grade#NONE}
 * @param matched    the words or phrases that matched (normalised), most telling first; empty for NONE
 * @param singleWord whether the message is a single word ("emergency" alone gets every number)
 * @param discounted signs found but not counted, each with why ("chest pain (negated)", "stroke (in the
 *                   past: last year)", "heart attack (figure of speech)"); shown by the studio's Why
 */
public record Assessment(Grade grade, String group, List<String> matched, boolean singleWord, List<String> discounted) {

    /**
     * How urgent a message is, by what it says. The order is the order of precedence when a message
     * has several signs: a red sign wins over everything (when the bot cannot tell red from yellow,
     * it says 113, as the index does).
     */
    public enum Grade {
        /** nothing urgent said */
        NONE,
        /** a sign for the own GP ("a rash for two weeks"), or a red sign in the past ("had a stroke last year") */
        GREEN,
        /** dental pain or injury: the emergency dentist */
        DENTAL,
        /**
         * only words that name emergencies or the services ("emergency", "akutt", "113"); above dental,
         * so "my tooth hurts so much, emergency dentist?" keeps the 113 line first
         */
        NAMED,
        /** must be seen soon, not life-threatening: the legevakt, with the 113 line */
        YELLOW,
        /** a description of what may be a life-threatening emergency: 113 first */
        RED
    }

    public Assessment {
        matched = List.copyOf(matched);
        discounted = List.copyOf(discounted);
    }

    public Assessment(Grade grade, String group, List<String> matched, boolean singleWord) {
        this(grade, group, matched, singleWord, List.of());
    }

    /** Nothing urgent in the message. */
    public static Assessment none(boolean singleWord) {
        return new Assessment(Grade.NONE, null, List.of(), singleWord);
    }

    /** A red sign: what the message describes may be an emergency. */
    public static Assessment red(String group, List<String> matched, boolean singleWord) {
        return new Assessment(Grade.RED, group, matched, singleWord);
    }

    /** Whether any emergency word matched (named or described as red). */
    public boolean emergencyWords() {
        return grade == Grade.NAMED || grade == Grade.RED;
    }

    /** Whether it describes an emergency (as opposed to merely naming one). */
    public boolean red() {
        return grade == Grade.RED;
    }

    /** Whether a sign was graded green because it is in the past ("had a stroke last year"). */
    public boolean pastRed() {
        return grade == Grade.GREEN && discounted.stream().anyMatch(d -> d.contains(PAST));
    }

    /** How {@link #discounted} marks a sign in the past. */
    public static final String PAST = "(in the past: ";

    /** Whether a symptom group's sign (rather than an emergency word) decided the grade. */
    public boolean bySign() {
        return group != null && !group.equals(EmergencyDetector.GROUP);
    }
}
