package healthbot.app;

import healthbot.clock.OsloClock;
import healthbot.dialogue.BotFactory;
import healthbot.fuzz.Fuzz;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code fuzz}: generated conversations from a seed; prints what must never happen, counted. Exit 1 when any happened. */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = {"Send generated messages (random Unicode, the bot's vocabulary, numbers, button labels, "
                + "commands, emergencies) to many chats and count internal errors, lost flows and emergencies "
                + "without 113 in the first line. The same seed gives the same run. Exit code 1 when any count is not 0."})
final class FuzzCommand implements Callable<Integer> {

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--messages", paramLabel = "N", defaultValue = "100000",
            description = "Messages to send in all. Default: ${DEFAULT-VALUE}.")
    int messages;

    @Option(names = "--chats", paramLabel = "N", defaultValue = "1000", description = "Chats they go to. Default: ${DEFAULT-VALUE}.")
    int chats;

    @Option(names = "--now", paramLabel = "DATE-TIME", defaultValue = "2026-11-21T12:00:00",
            description = "The fixed clock the bot runs on (Norway's time zone). Default: ${DEFAULT-VALUE}.")
    String now;

    @Mixin
    IntentsOption intentsOption;

    @Override
    public Integer call() {
        if (messages < 0 || chats < 1) {
            throw new UserError("fuzz needs --messages 0 or more and --chats 1 or more (got " + messages + " and " + chats + ")");
        }
        var bot = BotFactory.create(intentsOption.dir, OsloClock.fixedOrSystem(now));
        long started = System.nanoTime();
        Fuzz.Result r = new Fuzz(bot).run(seed, messages, chats);
        long millis = (System.nanoTime() - started) / 1_000_000;
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.printf("seed %d: %d messages over %d chats in %d ms%n", r.seed(), r.messages(), r.chats(), millis);
        out.printf("internal errors: %d%n", r.internalErrors());
        out.printf("lost flows: %d%n", r.lostFlows());
        out.printf("emergencies without 113 in the first line: %d%n", r.emergenciesWithout113());
        r.examples().forEach(e -> out.println("  " + e));
        out.flush();
        return r.internalErrors() + r.lostFlows() + r.emergenciesWithout113() == 0 ? 0 : 1;
    }
}
