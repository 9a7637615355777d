package healthbot.channel.telegram;

import java.util.Locale;

/**
 * Who the bot is in Telegram (from {@code getMe}): group messages count as addressed to it when
 * they mention {@code @username}, reply to it, or are commands for it.
 */
record BotIdentity(long id, String username) {

    /** "@name" in lower case, for matching mentions. */
    String mention() {
        return "@" + username.toLowerCase(Locale.ROOT);
    }
}
