package healthbot.channel;

import healthbot.dialogue.Bot;
import healthbot.dialogue.OutMessage;
import healthbot.dialogue.Reply;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * The interactive console for staff: the same engine as Telegram, buttons shown as numbered
 * choices (type the number or the label). {@code /quit} or end of input leaves.
 */
public final class ConsoleChat {

    private static final String CHAT = JsonlChat.DEFAULT_CHAT;

    private final Supplier<Bot> bot;

    public ConsoleChat(Bot bot) {
        this(() -> bot);
    }

    /** Asks {@code bot} for the bot to use on every message, so a reloaded bot takes over ({@code chat --watch}). */
    public ConsoleChat(Supplier<Bot> bot) {
        this.bot = bot;
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        out.println("healthbot console. Type a question, a button's number, /help, /reset, or /quit to leave.");
        print(bot.get().handle(CHAT, "/start"), out);
        List<String> buttons = List.of();
        while (true) {
            out.print("\nyou> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equalsIgnoreCase("/quit") || line.strip().equalsIgnoreCase("/exit")) {
                out.println();
                return;
            }
            String message = line;
            String trimmed = line.strip();
            if (trimmed.matches("\\d{1,2}")) {
                int choice = Integer.parseInt(trimmed);
                if (choice >= 1 && choice <= buttons.size()) {
                    message = buttons.get(choice - 1);
                    out.println("     (" + message + ")");
                }
            }
            Reply reply = bot.get().handle(CHAT, message);
            print(reply, out);
            buttons = reply.buttons();
        }
    }

    private static void print(Reply reply, PrintStream out) {
        int number = 1;
        for (OutMessage m : reply.messages()) {
            out.println();
            for (String line : m.text().split("\n", -1)) {
                out.println("bot> " + line);
            }
            if (!m.buttons().isEmpty()) {
                StringBuilder b = new StringBuilder("     ");
                for (String label : m.buttons()) {
                    b.append("[").append(number++).append("] ").append(label).append("   ");
                }
                out.println(b.toString().stripTrailing());
            }
        }
    }
}
