package healthbot.nlu;

/**
 * What the bot understood of one message.
 *
 * @param normalized the message after {@link TextNormalizer#normalize}
 * @param language    the language code it is written in, or null when it gives no evidence ("19", "ok")
 * @param unsupported the script it is written in when the bot speaks no language of that script
 *                    ("han", "devanagari"), else null
 * @param assessment  what it says about urgency
 * @param prediction  the classifier's best two intents
 */
public record Analysis(String normalized, String language, String unsupported, Assessment assessment,
                       Prediction prediction) {

    /** Whether it has any emergency word (named or described). */
    public boolean emergency() {
        return assessment.emergencyWords();
    }
}
