package healthbot.ops;

import java.util.Objects;

/**
 * Whether this instance should be sent traffic now, and why not.
 *
 * @param detail one line for {@code /readyz} (e.g. "store unreachable: ..."); never a secret
 */
public record Readiness(boolean ready, String detail) {

    public Readiness {
        Objects.requireNonNull(detail, "detail");
    }

    public static Readiness ok() {
        return new Readiness(true, "ready");
    }

    public static Readiness notReady(String why) {
        return new Readiness(false, why);
    }
}
