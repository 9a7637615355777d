package healthbot.channel.telegram;

import java.util.regex.Pattern;

/** A bot token as BotFather gives it ({@code <bot id>:<secret>}); never printed, not even by {@link #toString()}. */
public final class BotToken {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{1,20}:[A-Za-z0-9_-]{30,80}");

    private final String value;

    private BotToken(String value) {
        this.value = value;
    }

    /**
     * @param variable the environment variable it came from, for the message
     * @throws IllegalArgumentException when missing or not shaped like a token (the message never repeats it)
     */
    public static BotToken parse(String raw, String variable) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException(variable + " is not set: create a bot with @BotFather in Telegram,"
                    + " then run with " + variable + "=<the token BotFather gave you>.");
        }
        String token = raw.strip();
        if (!SHAPE.matcher(token).matches()) {
            throw new IllegalArgumentException(variable + " does not look like a bot token (expected digits, a colon"
                    + " and about 35 letters, digits, '_' or '-', as BotFather gives it); check for quotes or spaces.");
        }
        return new BotToken(token);
    }

    /** The secret itself: only for the Telegram library, never for a message or a log. */
    String value() {
        return value;
    }

    /** The numeric bot id before the colon: public, safe to log. */
    public String botId() {
        return value.substring(0, value.indexOf(':'));
    }

    @Override
    public String toString() {
        return "BotToken[bot " + botId() + ", secret redacted]";
    }
}
