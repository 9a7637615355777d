package healthbot.app;

import healthbot.studio.Studio;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code studio}: the local web page for staff; runs until stopped (Ctrl+C). */
@Command(name = "studio", mixinStandardHelpOptions = true,
        description = {"Open a local web page for staff: chat with the bot and see why it answered, save a "
                + "conversation as a dialogue script, run the scripts, see content problems, measure understanding.",
                "Listens on 127.0.0.1 only; reloads the content when a file in it changes."})
final class StudioCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8090",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Mixin
    IntentsOption intentsOption;

    @Mixin
    StaffStoreOption storeOption;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be between 0 and 65535, got " + port);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Studio studio;
        healthbot.store.ConversationStore store = storeOption.open(); // the Inbox and Usage tabs read it
        try {
            studio = Studio.start(intentsOption.dir, port, err, store);
        } catch (java.io.IOException e) {
            store.close();
            throw new UserError(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                studio.close();
                store.close();
            } catch (java.io.IOException ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }, "studio-stop"));
        out.println("Studio for " + intentsOption.dir + " is running at " + studio.address()
                + " (open it in a browser on this computer; Ctrl+C stops it).");
        stopped.await();
        return 0;
    }
}
