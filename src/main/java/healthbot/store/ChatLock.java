package healthbot.store;

/**
 * A held per-chat lock (a lease) with its fencing token. Closing it releases the lock only if
 * this holder still owns it (compare-and-delete); a lock whose lease ran out and was taken by
 * someone else is left alone.
 */
public interface ChatLock extends AutoCloseable {

    String chatId();

    /** Strictly larger than the fence of every earlier lock taken on this chat; pass it to {@link ConversationStore#saveSession}. */
    long fence();

    /** Releases the lock if still held by this holder. Never throws: a lock that cannot be released expires with its lease. */
    @Override
    void close();
}
