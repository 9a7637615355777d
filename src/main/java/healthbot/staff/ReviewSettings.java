package healthbot.staff;

import java.time.Duration;
import java.util.Map;

/**
 * Whether the review inbox is on, and how long an entry is kept: {@code HEALTHBOT_REVIEW=on}
 * (off by default; {@code off} or unset turns it off) and {@code HEALTHBOT_REVIEW_DAYS} (default 30).
 */
public record ReviewSettings(boolean on, Duration keep) {

    public static final String SWITCH = "HEALTHBOT_REVIEW";
    public static final String DAYS = "HEALTHBOT_REVIEW_DAYS";
    public static final int DEFAULT_DAYS = 30;

    public static final ReviewSettings OFF = new ReviewSettings(false, Duration.ofDays(DEFAULT_DAYS));

    /**
     * The settings the environment asks for.
     *
     * @throws IllegalArgumentException when a variable has a value it cannot mean (the message says which and what is allowed)
     */
    public static ReviewSettings fromEnvironment(Map<String, String> env) {
        String value = env.getOrDefault(SWITCH, "").strip().toLowerCase(java.util.Locale.ROOT);
        boolean on = switch (value) {
            case "on", "true", "1", "yes" -> true;
            case "", "off", "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException(SWITCH + " is '" + value + "'; set it to on or off");
        };
        String days = env.getOrDefault(DAYS, "").strip();
        int n = DEFAULT_DAYS;
        if (!days.isEmpty()) {
            try {
                n = Integer.parseInt(days);
            } catch (NumberFormatException e) {
                n = 0;
            }
            if (n < 1 || n > 3650) {
                throw new IllegalArgumentException(DAYS + " is '" + days + "'; set it to a whole number of days from 1 to 3650");
            }
        }
        return new ReviewSettings(on, Duration.ofDays(n));
    }
}
