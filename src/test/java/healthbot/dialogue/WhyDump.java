package healthbot.dialogue;

import healthbot.TestBots;

import java.io.BufferedReader;
import java.io.InputStreamReader;

/** Scratch: prints what decided each stdin line's reply. */
public final class WhyDump {
    public static void main(String[] args) throws Exception {
        Bot bot = TestBots.bot();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            Bot.Traced t = bot.handleTraced("w" + n++, line);
            System.out.println(t.reply().intent() + " " + t.reply().kind() + " | " + t.why().assessment() + " | " + t.why().classifier()
                    + " | " + line.substring(0, Math.min(60, line.length())));
        }
    }
}
