package healthbot.store;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What staff read back from the store: the review inbox (masked messages the bot could not
 * answer, kept only when the operator turns review on, each expiring on its own) and the daily
 * usage counters (counts only, durable). Neither holds a chat id, a user or unmasked text; the
 * caller masks and truncates before it writes.
 */
public interface StaffRecords {

    /** Keeps {@code entry} (its id is ignored) for {@code ttl}; returns the id the store gave it. */
    String addToInbox(InboxEntry entry, Duration ttl);

    /** The entries kept and not expired, oldest first. */
    List<InboxEntry> inbox();

    /** Deletes one entry; false when there was none with that id (already removed or expired). */
    boolean removeFromInbox(String id);

    /** Adds {@code n} to the day's counter {@code key} (created at 0). */
    void addCount(UsageKey key, long n);

    /** Every counter of {@code from} and the days after it, by day then key. */
    List<UsageCount> counts(LocalDate from);
}
