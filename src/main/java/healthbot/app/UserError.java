package healthbot.app;

/** A mistake in how the program was started (missing token, bad option): printed as one line, no stack trace. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
