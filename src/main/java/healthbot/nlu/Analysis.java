package healthbot.nlu;

import healthbot.content.Language;

/**
 * What the bot understood of one message.
 *
 * @param normalized   the message after {@link TextNormalizer#normalize}
 * @param language     the language it is written in, or null when it gives no evidence
 * @param emergencyCue what its emergency triggers say (typos included)
 * @param prediction   the classifier's best two intents
 */
public record Analysis(String normalized, Language language, EmergencyCue emergencyCue, Prediction prediction) {

    /** An analysis whose triggers, if any, describe an emergency. */
    public Analysis(String normalized, Language language, boolean emergency, Prediction prediction) {
        this(normalized, language, emergency ? EmergencyCue.DESCRIBED : EmergencyCue.NONE, prediction);
    }

    /** Whether it has any emergency trigger. */
    public boolean emergency() {
        return emergencyCue != EmergencyCue.NONE;
    }
}
