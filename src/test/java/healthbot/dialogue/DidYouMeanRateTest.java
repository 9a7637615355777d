package healthbot.dialogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import healthbot.TestBots;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How often "did you mean" appears on the held-out set, each message opening a fresh chat. Before
 * near-ties were resolved from the content it was 4 of 276 messages, after it 0 (2 with the emergency
 * branch's content, both pairs of unrelated intents); the figures are in the README.
 */
class DidYouMeanRateTest {

    private static final int MAX_ALLOWED = 2;

    @Test
    void didYouMeanAppearsOnlyForAFewHeldOutMessages() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Bot bot = TestBots.bot();
        String didYouMean = bot.uiText("probe", "did_you_mean");
        List<String> asked = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(Path.of("intents/tests/nlu-holdout.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            String text = json.readTree(line).get("text").asText();
            Reply r = bot.handle("holdout-" + n++, text);
            if (r.messages().get(0).text().equals(didYouMean)) {
                asked.add(text + " -> " + r.messages().get(0).buttons());
            }
        }
        System.out.println("did you mean on the held-out set: " + asked.size() + " of " + n);
        asked.forEach(a -> System.out.println("  " + a));
        assertTrue(asked.size() <= MAX_ALLOWED, asked.size() + " of " + n + ": " + asked);
    }
}
