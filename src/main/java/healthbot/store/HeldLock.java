package healthbot.store;

/**
 * A chat lock this process holds: the chat, the fencing token it was granted, and how each store
 * lets it go ({@code release} must not throw: a release that cannot reach the store is left to
 * the lease, which expires by itself).
 */
record HeldLock(String chatId, long fence, Runnable release) implements ChatLock {

    @Override
    public void close() {
        release.run();
    }
}
