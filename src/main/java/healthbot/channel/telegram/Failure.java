package healthbot.channel.telegram;

import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * How a failed Telegram call is described in a log line: the exception's class and Telegram's
 * error code, never its message (it may quote a URL with the token, or the user's text).
 */
final class Failure {

    private Failure() {
    }

    static String describe(Throwable t) {
        StringBuilder s = new StringBuilder(t.getClass().getSimpleName());
        if (t instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() != 0) {
            s.append(" [").append(r.getErrorCode()).append(']');
        }
        Throwable cause = t.getCause();
        if (cause != null && cause != t) {
            s.append(" caused by ").append(cause.getClass().getSimpleName());
        }
        return s.toString();
    }
}
