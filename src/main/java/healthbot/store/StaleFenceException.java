package healthbot.store;

/**
 * A write made under a chat lock that has since been taken by someone else (the lease ran out):
 * the write was refused, so a slow or paused holder cannot overwrite a newer session.
 */
public final class StaleFenceException extends RuntimeException {

    private final String chatId;
    private final long fence;
    private final long newest;

    public StaleFenceException(String chatId, long fence, long newest) {
        super("chat " + chatId + ": session write with fence " + fence + " refused, the chat's lock was taken again since"
                + " (newest fence " + newest + "); the lock's lease ran out before the answer was saved: give it a longer lease");
        this.chatId = chatId;
        this.fence = fence;
        this.newest = newest;
    }

    public String chatId() {
        return chatId;
    }

    public long fence() {
        return fence;
    }

    public long newest() {
        return newest;
    }
}
