package healthbot.dialogue;

import java.util.Locale;

/** What a message's raw text is cleaned to before it is read, and the command it names. Stateless. */
final class IncomingText {

    private IncomingText() {
    }

    /** Drops control characters (keeping line breaks and tabs) and surrounding space. */
    static String clean(String raw) {
        StringBuilder s = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                s.append(c);
            }
        }
        return s.toString().trim();
    }

    /**
     * The command a message starting with "/" names, lower case and without the bot's name
     * ("/Start@healthbot please" is "/start"); the caller reads an unknown one as text.
     */
    static String commandName(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String command = text.substring(0, end).toLowerCase(Locale.ROOT);
        int at = command.indexOf('@');
        return at > 0 ? command.substring(0, at) : command;
    }
}
