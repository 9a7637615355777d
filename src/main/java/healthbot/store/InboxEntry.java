package healthbot.store;

import java.time.Instant;
import java.util.List;

/**
 * One message kept for staff review: never a chat id or a user, the text already masked.
 *
 * @param id       the store's id for it (null before it is added)
 * @param kind     why it was kept: {@code FALLBACK}, {@code CLARIFY} (a "did you mean" nobody picked), {@code GAVE_UP}
 * @param text     the message, masked (digits, e-mail addresses, phone numbers, identity numbers, URLs replaced)
 * @param language the language code the bot read the message in
 * @param hour     when it was answered, truncated to the hour
 * @param guesses  the classifier's best guesses, likeliest first
 */
public record InboxEntry(String id, String kind, String text, String language, Instant hour, List<Guess> guesses) {

    /** An intent the classifier thought of, with its score (0 to 1). */
    public record Guess(String intent, double score) {}

    public InboxEntry {
        guesses = List.copyOf(guesses);
    }

    /** This entry under the id the store gave it. */
    InboxEntry withId(String newId) {
        return new InboxEntry(newId, kind, text, language, hour, guesses);
    }
}
