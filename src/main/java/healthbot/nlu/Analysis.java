package healthbot.nlu;

import java.util.Set;

/**
 * What the bot understood of one message.
 *
 * @param normalized the message after {@link TextNormalizer#normalize}
 * @param language    the language code it is written in, or null when it gives no evidence ("19", "ok")
 * @param alike       when the message could as well be in a close relative of {@code language} (Bokmål or
 *                    Nynorsk: "er tannlegen gratis?"), or in another language of its script that scores
 *                    the same (Ukrainian or Russian: "в Беруме"), every language it could be in,
 *                    {@code language} included; else empty
 * @param unsupported the script it is written in when the bot speaks no language of that script
 *                    ("han", "devanagari"), else null
 * @param assessment  what it says about urgency
 * @param prediction  the best two intents to route by ({@link Reading#prediction()})
 * @param reading     how it was read: as a whole and by sentence, its topic words
 */
public record Analysis(String normalized, String language, Set<String> alike, String unsupported, Assessment assessment,
                       Prediction prediction, Reading reading) {

    public Analysis {
        alike = Set.copyOf(alike);
    }

    /** A message that is in one language or none, read only as a whole. */
    public Analysis(String normalized, String language, String unsupported, Assessment assessment, Prediction prediction) {
        this(normalized, language, Set.of(), unsupported, assessment, prediction, Reading.whole(prediction));
    }

    /**
     * The language to answer in, for a chat now in {@code current}: the chat's own when the message
     * could as well be in it (an nn chat stays nn on "det er gratis"), else the message's, or null
     * when the message gives no evidence.
     */
    public String languageFor(String current) {
        return alike.contains(current) ? current : language;
    }

    /** Whether it has any emergency word (named or described). */
    public boolean emergency() {
        return assessment.emergencyWords();
    }
}
