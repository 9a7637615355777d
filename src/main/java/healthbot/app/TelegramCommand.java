package healthbot.app;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code telegram}: the Telegram bot (long polling). */
@Command(name = "telegram", mixinStandardHelpOptions = true,
        description = "Run the Telegram bot; needs TELEGRAM_BOT_TOKEN in the environment.")
final class TelegramCommand implements Callable<Integer> {

    static final String TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN";

    @Override
    public Integer call() {
        throw new UserError("the Telegram mode is not yet available in this version; use 'chat' for now.");
    }
}
