package healthbot.nlu;

import healthbot.content.Language;

/**
 * What the bot understood of one message.
 *
 * @param normalized the message after {@link TextNormalizer#normalize}
 * @param language   the language it is written in, or null when it gives no evidence
 * @param emergency  whether it names an emergency (trigger words, typos included)
 * @param prediction the classifier's best two intents
 */
public record Analysis(String normalized, Language language, boolean emergency, Prediction prediction) {}
