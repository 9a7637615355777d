package healthbot.dialogue;

import healthbot.nlu.Prediction;

import java.time.Instant;

/**
 * Told of every reply the bot gives, after the turn (and its save) is done: where usage counts,
 * the review inbox and metrics hang. Called on the thread that answered; must be quick and must
 * not throw (an exception is logged and ignored: a listener never costs a reply).
 */
@FunctionalInterface
public interface ReplyListener {

    /**
     * One answered message.
     *
     * @param chatId      the chat, only to pair a reply with the next one of the same chat in memory
     *                    (was a "did you mean" picked?): never to be stored, counted or logged
     * @param reply       the reply
     * @param prediction  the classifier's two best guesses for the message, or null when it was not
     *                    classified (a command, a button press, an empty message)
     * @param maskedText  the message as understood (number runs already masked, cut to the maximum
     *                    length), or null for a button press: for opt-in review only, never to be logged
     * @param newSession  whether the chat had no session before this message (a new conversation)
     * @param at          when it was answered
     */
    record Answered(String chatId, Reply reply, Prediction prediction, String maskedText, boolean newSession, Instant at) {}

    void replied(Answered answered);
}
