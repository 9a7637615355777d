package healthbot.store;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where conversations and delivery bookkeeping live between messages: the chat's encoded
 * session, the ids of Telegram updates already answered, the ids received but not yet answered
 * (per chat, to answer them in order across instances), a per-chat lock with a fencing token, and
 * what staff read back ({@link StaffRecords}: the review inbox and daily usage counts). Thread-safe; one instance serves all chats of a process. The invariants (what is
 * stored, expiry, fencing, what a crash leaves behind) are in {@code package-info.java}.
 *
 * <p>Every method may throw {@link StoreUnavailableException} when the store cannot be reached
 * or written (Redis down, disk full, file read-only or locked); callers keep answering from
 * memory and try again later.
 */
public interface ConversationStore extends StaffRecords, AutoCloseable {

    /**
     * The chat's encoded session (opaque text, versioned by dialogue's codec), if present and not
     * expired. While an {@link #answering} scope of the chat is open and the stored session was
     * produced by that same update (it is being answered again), the session as it was before
     * that update: possibly none.
     */
    Optional<String> loadSession(String chatId);

    /**
     * Saves the chat's session, replacing the previous one, to expire {@code ttl} after this write.
     *
     * @param fence the token of the {@link ChatLock} the caller holds for this chat, or
     *              {@link #NO_FENCE} when the process does not lock chats (one instance, in-process
     *              serialisation only); a positive fence older than the newest lock taken on the
     *              chat is refused, atomically with the write
     * @throws StaleFenceException when {@code fence} is positive and a newer lock was taken since
     */
    void saveSession(String chatId, String encoded, Duration ttl, long fence);

    /**
     * Opens the scope in which this process answers {@code updateId} (positive) of the chat: the
     * sessions saved meanwhile record that update and the session before it (see
     * {@link AnswerScope}). One scope per chat at a time; no store access, never throws.
     */
    AnswerScope answering(String chatId, long updateId);

    /** {@code /forget}: deletes the chat's session (and the one before it) at once; a held lock and its fence counter stay, they hold no conversation. */
    void forget(String chatId);

    /** Whether a Telegram update id was already answered (and its mark has not expired). */
    boolean isHandled(long updateId);

    /** Records that an update id was answered; the mark expires after {@code ttl}. */
    void markHandled(long updateId, Duration ttl);

    /**
     * Takes the chat's lock, across processes sharing the store, waiting at most {@code maxWait}.
     * The lock is a lease: if its holder dies it expires after {@code lease}, and the next holder
     * gets a larger {@link ChatLock#fence()}, so a late write of the dead holder is refused.
     *
     * @throws ChatLockTimeoutException when another holder kept it for longer than {@code maxWait}
     */
    ChatLock lockChat(String chatId, Duration lease, Duration maxWait);

    /**
     * Records that an update of the chat was received and waits to be answered; the entry expires
     * {@code ttl} after this call (so one left by a dead instance stops counting by itself).
     * Adding an id already pending restarts its expiry.
     */
    void addPending(String chatId, long updateId, Duration ttl);

    /** The lowest update id pending for the chat and not expired, if any. */
    OptionalLong lowestPending(String chatId);

    /** Removes one pending update id of the chat (answered, or skipped as answered); absent ids are ignored. */
    void removePending(String chatId, long updateId);

    /** Reachable or not, and why (for {@code /readyz}); never throws. */
    StoreHealth health();

    /** Sessions currently stored and not expired (may scan: for metrics, not per message). */
    long sessionCount();

    /** What this store is, for logs: e.g. {@code sqlite data/healthbot.db}, {@code redis 127.0.0.1:6379/0}; never a password. */
    String describe();

    /** Releases connections and files; the store is unusable afterwards. Never throws. */
    @Override
    void close();

    /** The fence of a write made without a lock: one process serialising a chat's messages in memory. */
    long NO_FENCE = 0;
}
