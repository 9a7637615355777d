package healthbot.app;

import healthbot.dialogue.BotFactory;
import healthbot.channel.ConsoleChat;
import healthbot.channel.JsonlChat;
import healthbot.clock.OsloClock;
import healthbot.dialogue.Bot;
import healthbot.store.ConversationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code chat}: the console chat for staff, or the JSON-lines contract with {@code --jsonl}. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Chat with the bot in the terminal (no Telegram needed).")
final class ChatCommand implements Callable<Integer> {

    @Option(names = "--jsonl", description = "One JSON object out per input line (for tools and scripts).")
    boolean jsonl;

    @Option(names = "--why", description = "With --jsonl: each answer gets an extra last field \"why\" (triage grade,"
            + " symptom group, matched and discounted signs, why this number; the classifier's guesses). For staff.")
    boolean why;

    @Option(names = "--now", paramLabel = "DATE-TIME",
            description = "Fix the clock, e.g. 2026-11-21T12:00:00 (Norway's time zone).")
    String now;

    @Mixin
    IntentsOption intentsOption;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--watch", description = "Reload the content when a file in it changes (for staff editing "
            + "intents/). An invalid change is reported on stderr and the last good content keeps answering.")
    boolean watch;

    @Override
    public Integer call() throws Exception {
        try (ConversationStore store = storeOption.openOrNull()) {
            return chat(store);
        }
    }

    private int chat(ConversationStore store) throws Exception {
        if (why && !jsonl) {
            throw new UserError("--why adds a field to the JSON lines: use it with --jsonl (the studio shows the same as its Why panel)");
        }
        Clock clock = OsloClock.fixedOrSystem(now);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (watch) {
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            try (ReloadingBot bots = new ReloadingBot(intentsOption.dir, dir -> StaffListeners.attach(BotFactory.create(dir, clock, store), store, "console", System.getenv()), err)) {
                bots.start();
                if (jsonl) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        out.println(new JsonlChat(bots.get(), why).answer(line));
                        out.flush();
                    }
                } else {
                    new ConsoleChat(bots).run(in, out);
                }
            }
            out.flush();
            return 0;
        }
        Bot bot = StaffListeners.attach(BotFactory.create(intentsOption.dir, clock, store), store, "console", System.getenv());
        if (jsonl) {
            new JsonlChat(bot, why).run(in, out);
        } else {
            new ConsoleChat(bot).run(in, out);
        }
        out.flush();
        return 0;
    }
}
