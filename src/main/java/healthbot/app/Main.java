package healthbot.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Entry point. With no command: the Telegram bot when {@code TELEGRAM_BOT_TOKEN} is set,
 * otherwise the console chat.
 */
@Command(name = "healthbot", mixinStandardHelpOptions = true, version = "healthbot 1.0.0",
        description = "Answers residents' questions about Norwegian municipal health services.")
public final class Main implements Runnable {

    /**
     * The subcommands by name, in help order. Only the one being run is registered (all of them for
     * help or a mistyped name): picocli reflects over every registered command's options, and on a
     * cold JVM that is a noticeable part of start-up.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        c.put("chat", ChatCommand::new);
        c.put("telegram", TelegramCommand::new);
        c.put("eval", EvalCommand::new);
        c.put("test", TestCommand::new);
        c.put("validate", ValidateCommand::new);
        c.put("translations", TranslationsCommand::new);
        c.put("bench", BenchCommand::new);
        c.put("studio", StudioCommand::new);
        c.put("fuzz", FuzzCommand::new);
        c.put("inbox", InboxCommand::new);
        c.put("usage", UsageCommand::new);
        return c;
    }

    public static void main(String[] args) {
        healthbot.nlu.StartupSteps.begin();
        Preinitializer.start();
        System.exit(run(args));
    }

    static int run(String... args) {
        if (args.length == 0) {
            String token = System.getenv(TelegramCommand.TOKEN_VARIABLE);
            args = token == null || token.isBlank() ? new String[] {"chat"} : new String[] {"telegram"};
        }
        CommandLine cli = new CommandLine(new Main());
        Supplier<Object> only = COMMANDS.get(args[0]);
        if (only != null) {
            cli.addSubcommand(args[0], only.get());
        } else {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        cli.setExecutionExceptionHandler(new ErrorHandler());
        return cli.execute(args);
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
