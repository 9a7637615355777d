package healthbot.dialogue;

import healthbot.TestBots;
import healthbot.content.Lexicon;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every phrase a lexicon lists as describing an emergency ({@code emergency.describing}: "not
 * breathing", "puster ikke", "راح اقتل نفسي"), sent alone as the first message of a chat, gets 113 in
 * the first line of an emergency reply. Guards the triage files' past, negation and figure-of-speech lists
 * against a word that turns a present emergency into something else (Arabic "راح" means "going
 * to" as well as "went").
 */
class DescribingPhrasesTest {

    @Test
    void everyDescribingPhraseOfEveryLanguageAloneGetsTheEmergencyAnswerWith113First() {
        Bot bot = TestBots.bot();
        List<String> missed = new ArrayList<>();
        int n = 0;
        for (Lexicon lexicon : TestBots.content().lexicons().values()) {
            for (String phrase : lexicon.emergency().describing()) {
                Reply r = bot.handle(lexicon.language() + "-" + n++, phrase);
                String first = r.messages().get(0).text().lines().findFirst().orElse("");
                if (r.kind() != ReplyKind.EMERGENCY || !first.contains("113")) { // the GP answer's "call 113 if it gets worse" is not enough
                    missed.add(lexicon.language() + ": " + phrase + " -> " + r.intent());
                }
            }
        }
        assertEquals(List.of(), missed, "describing phrases without 113 first (of " + n + ")");
    }
}
