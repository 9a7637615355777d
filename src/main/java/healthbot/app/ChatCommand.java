package healthbot.app;

import healthbot.channel.ConsoleChat;
import healthbot.channel.JsonlChat;
import healthbot.clock.OsloClock;
import healthbot.dialogue.Bot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code chat}: the console chat for staff, or the JSON-lines contract with {@code --jsonl}. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Chat with the bot in the terminal (no Telegram needed).")
final class ChatCommand implements Callable<Integer> {

    @Option(names = "--jsonl", description = "One JSON object out per input line (for tools and scripts).")
    boolean jsonl;

    @Option(names = "--now", paramLabel = "DATE-TIME",
            description = "Fix the clock, e.g. 2026-11-21T12:00:00 (Norway's time zone).")
    String now;

    @Option(names = "--intents", paramLabel = "DIR", defaultValue = "intents",
            description = "Content directory (default: ${DEFAULT-VALUE}).")
    Path intents;

    @Override
    public Integer call() throws Exception {
        Bot bot = BotFactory.create(intents, OsloClock.fixedOrSystem(now));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (jsonl) {
            new JsonlChat(bot).run(in, out);
        } else {
            new ConsoleChat(bot).run(in, out);
        }
        out.flush();
        return 0;
    }
}
