package healthbot.channel.telegram;

/** The Telegram channel could not start; the message says why and what to do (never the token). */
public final class TelegramStartException extends RuntimeException {
    TelegramStartException(String message) {
        super(message);
    }
}
