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
 *                   group such as "stroke" when graded by symptoms), or null for {@link Grade#NONE}
 * @param matched    the words or phrases that matched (normalised), most telling first; empty for NONE
 * @param singleWord whether the message is a single word ("emergency" alone gets every number)
 */
public record Assessment(Grade grade, String group, List<String> matched, boolean singleWord) {

    /** How urgent a message is, by what it says. */
    public enum Grade {
        /** nothing urgent said */
        NONE,
        /** only words that name emergencies or the services ("emergency", "akutt", "113") */
        NAMED,
        /** a description of what may be a life-threatening emergency: 113 first */
        RED
    }

    public Assessment {
        matched = List.copyOf(matched);
    }

    /** Nothing urgent in the message. */
    public static Assessment none(boolean singleWord) {
        return new Assessment(Grade.NONE, null, List.of(), singleWord);
    }

    /** A red sign: what the message describes may be an emergency. */
    public static Assessment red(String group, List<String> matched, boolean singleWord) {
        return new Assessment(Grade.RED, group, matched, singleWord);
    }

    /** Whether any emergency word matched (named or described). */
    public boolean emergencyWords() {
        return grade != Grade.NONE;
    }

    /** Whether it describes an emergency (as opposed to merely naming one). */
    public boolean red() {
        return grade == Grade.RED;
    }
}
