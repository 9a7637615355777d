package healthbot.channel.telegram;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** {@link FakeBotApi} by hand: a fake server you type into as chat 1 (see the README's Telegram section). */
public final class FakeBotApiConsole {

    private FakeBotApiConsole() {
    }

    /** Manual run: a fake server you type into as chat 1 (a number presses that button of the last keyboard). */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8081;
        try (FakeBotApi api = new FakeBotApi(port, FakeBotApi.TOKEN)) {
            List<FakeBotApi.Sent> lastKeyboard = new ArrayList<>(1);
            api.onSent(s -> {
                System.out.println("\nbot> " + s.text().replace("\n", "\nbot> "));
                for (int i = 0; i < s.buttons().size(); i++) {
                    System.out.println("     [" + (i + 1) + "] " + s.buttons().get(i).label());
                }
                if (!s.buttons().isEmpty()) {
                    synchronized (lastKeyboard) {
                        lastKeyboard.clear();
                        lastKeyboard.add(s);
                    }
                }
            });
            System.out.println("Fake Bot API on " + api.url() + ". Start the bot in another terminal with:");
            System.out.println("  TELEGRAM_API_URL=" + api.url() + " TELEGRAM_BOT_TOKEN=" + FakeBotApi.TOKEN
                    + " java -jar target/healthbot.jar telegram");
            System.out.println("Then type messages as chat 1; a number presses that button; /photo sends a photo;"
                    + " end of input quits.");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            Predicate<String> number = Pattern.compile("\\d{1,2}").asMatchPredicate();
            while ((line = in.readLine()) != null) {
                String t = line.strip();
                FakeBotApi.Sent keyboard;
                synchronized (lastKeyboard) {
                    keyboard = lastKeyboard.isEmpty() ? null : lastKeyboard.get(0);
                }
                if (number.test(t) && keyboard != null && Integer.parseInt(t) >= 1
                        && Integer.parseInt(t) <= keyboard.buttons().size()) {
                    api.press(keyboard, keyboard.buttons().get(Integer.parseInt(t) - 1).label());
                } else if (t.equals("/photo")) {
                    api.photo(1);
                } else if (!t.isEmpty()) {
                    api.text(1, line);
                }
            }
        }
    }
}
