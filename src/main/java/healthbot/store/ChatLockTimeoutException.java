package healthbot.store;

import java.time.Duration;

/** Another holder kept a chat's lock longer than the caller was willing to wait. */
public final class ChatLockTimeoutException extends RuntimeException {

    public ChatLockTimeoutException(String chatId, Duration waited, String store) {
        super("chat " + chatId + ": lock not free after " + waited.toMillis() + " ms in " + store
                + "; another instance is answering this chat (or died holding it: the lease will expire)");
    }
}
