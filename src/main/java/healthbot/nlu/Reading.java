package healthbot.nlu;

import java.util.List;

/**
 * How a message was read: as a whole and sentence by sentence (see {@link StoryReader}).
 *
 * @param prediction  the message's best two intents, to route by: the whole message's, or a sentence's
 * @param whole       the classifier's best two intents for the whole message
 * @param sentences   how many sentences the message has (1 for a message without sentence ends)
 * @param chosen      which sentence gave the message's prediction (0-based), or -1 when the whole did
 * @param alsoAsked   a second topic asked about in another sentence, or null
 * @param likely      when the message is ours but its topic is unclear: the likeliest topics, most
 *                    likely first (two or three); empty otherwise
 * @param likelyShare the first likely topic's share of the topics' probability, 0 without likely topics
 * @param evidence    the content's topic words found in the message (normalised), in order
 * @param outside     the outside groups (the lexicons' {@code outside}) the message asks about and no
 *                    topic: why it is the fallback; empty otherwise
 */
public record Reading(Prediction prediction, Prediction whole, int sentences, int chosen, String alsoAsked,
                      List<String> likely, double likelyShare, List<String> evidence, List<String> outside) {

    public Reading {
        likely = List.copyOf(likely);
        evidence = List.copyOf(evidence);
        outside = List.copyOf(outside);
    }

    /** This reading, saying which outside things it was the fallback for. */
    Reading withOutside(java.util.Collection<String> groups) {
        return new Reading(prediction, whole, sentences, chosen, alsoAsked, likely, likelyShare, evidence, List.copyOf(groups));
    }

    /** A message read only as a whole, with no topic words found. */
    public static Reading whole(Prediction whole) {
        return new Reading(whole, whole, 1, -1, null, List.of(), 0, List.of(), List.of());
    }

    /** Whether the message has any of the content's topic words. */
    public boolean ours() {
        return !evidence.isEmpty();
    }
}
