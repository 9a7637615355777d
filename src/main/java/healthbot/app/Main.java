package healthbot.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point. With no command: the Telegram bot when {@code TELEGRAM_BOT_TOKEN} is set,
 * otherwise the console chat.
 */
@Command(name = "healthbot", mixinStandardHelpOptions = true, version = "healthbot 1.0.0",
        description = "Answers residents' questions about Norwegian municipal health services.",
        subcommands = {ChatCommand.class, TelegramCommand.class, EvalCommand.class, TestCommand.class, ValidateCommand.class, BenchCommand.class, StudioCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        if (args.length == 0) {
            String token = System.getenv(TelegramCommand.TOKEN_VARIABLE);
            args = token == null || token.isBlank() ? new String[] {"chat"} : new String[] {"telegram"};
        }
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
