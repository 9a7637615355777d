package healthbot.dialogue;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.testsupport.Gen;
import healthbot.testsupport.Property;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Triage as properties over the whole bot, from the project's seeded runner: a red description,
 * with everyday words before and after it, gets 113 in the first line in any state of any flow;
 * the same signs negated never get 113 first. The descriptions and everyday phrases were written
 * for this test.
 */
class TriagePropertiesTest {

    private static final String CHAT = "tp";

    private static final List<String> RED = List.of(
            "my dad's face is drooping and he can't lift his arm", "my baby is not breathing", "she collapsed and won't wake up",
            "he is bleeding heavily and it won't stop", "my lips and tongue are swelling after a bee sting",
            "my son took a whole box of pills", "my husband has chest pain and is sweating", "i want to kill myself",
            "mora mi snakker utydelig og munnen henger", "faren min har vondt i brystet", "han svarer ikke og puster tungt",
            "ungen pustar tungt og leppene er blå", "mój mąż nie oddycha", "ابني لا يتنفس", "дитина не дихає");
    private static final List<String> NEGATED = List.of(
            "no chest pain", "she has no trouble breathing", "he doesn't have any chest pain", "ingen brystsmerter",
            "han har ikke vondt i brystet", "no swelling of the lips", "ho har ikkje vondt i brystet");
    private static final List<String> EVERYDAY = List.of(
            "", "hi,", "sorry to bother you", "please help", "I'm at the shop and", "hei,", "unnskyld at jeg spør,", "we are on holiday and",
            "what should I do", "thanks", "hva gjør jeg nå", "the weather is nice today", "I was going to ask about the bus but");

    private record Case(String start, String prefix, String sign, String suffix) {
        String message() {
            return (prefix + " " + sign + " " + suffix).trim();
        }
    }

    private static List<String> starts() {
        List<String> starts = new ArrayList<>(List.of("fresh"));
        TestBots.content().intents().stream().filter(i -> i.hasFlow()).forEach(i -> starts.add(i.name()));
        return starts;
    }

    private static Gen<Case> cases(List<String> signs) {
        Gen<String> everyday = Gen.oneOf(EVERYDAY);
        return Gen.zip(Gen.zip(Gen.oneOf(starts()), everyday, (s, p) -> new String[] {s, p}), Gen.oneOf(signs), everyday,
                (sp, sign, suffix) -> new Case(sp[0], sp[1], sign, suffix));
    }

    private static Reply send(Case c) {
        Bot bot = new Bot(TestBots.content(), TestBots.nlu(), OsloClock.fixedOrSystem(TestBots.SATURDAY_NOON), new NorwegianHolidays());
        if (!c.start().equals("fresh")) {
            bot.startIntent(CHAT, c.start());
        }
        return bot.handle(CHAT, c.message());
    }

    @Test
    void aRedDescriptionWithEverydayWordsAroundItGets113InTheFirstLineInAnyStateOfAnyFlow() {
        Property.forAll(cases(RED)).tries(200).check(c -> {
            Reply r = send(c);
            String firstLine = r.messages().get(0).text().lines().findFirst().orElse("");
            assertTrue(firstLine.contains("113"), c + " -> " + firstLine);
            assertTrue(r.emergencyFirst(), c.toString());
        });
    }

    @Test
    void aNegatedRedSignNeverGets113FirstInAnyState() {
        Property.forAll(cases(NEGATED)).tries(150).check(c -> {
            Reply r = send(c);
            String text = r.messages().get(0).text();
            assertNotEquals(ReplyKind.EMERGENCY, r.kind(), c + " -> " + text);
            assertFalse(text.startsWith("113"), c + " -> " + text);
        });
    }
}
