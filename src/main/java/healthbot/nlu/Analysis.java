package healthbot.nlu;

/**
 * What the bot understood of one message.
 *
 * @param normalized the message after {@link TextNormalizer#normalize}
 * @param language    the language code it is written in, or null when it gives no evidence ("19", "ok")
 * @param unsupported the script it is written in when the bot speaks no language of that script
 *                    ("han", "devanagari"), else null
 * @param assessment  what it says about urgency
 * @param prediction  the best two intents to route by ({@link Reading#prediction()})
 * @param reading     how it was read: as a whole and by sentence, its topic words
 */
public record Analysis(String normalized, String language, String unsupported, Assessment assessment,
                       Prediction prediction, Reading reading) {

    /** An analysis of a message read only as a whole. */
    public Analysis(String normalized, String language, String unsupported, Assessment assessment, Prediction prediction) {
        this(normalized, language, unsupported, assessment, prediction, Reading.whole(prediction));
    }

    /** Whether it has any emergency word (named or described). */
    public boolean emergency() {
        return assessment.emergencyWords();
    }
}
