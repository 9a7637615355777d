package healthbot.store;

/**
 * The store could not be reached, read or written (Redis down, disk full, file read-only or
 * locked). The message names the store, what failed and how to fix it; it never contains a
 * password or conversation data.
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreUnavailableException(String message) {
        super(message);
    }
}
