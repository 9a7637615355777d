package healthbot.dialogue;

import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.content.Content;
import healthbot.content.ContentCopy;
import healthbot.content.ContentLoader;
import healthbot.nlu.Nlu;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A language is content: the test fixture's made-up Zedish ({@code languages/zz/} and one entry in
 * settings.json, no Java) is recognised, answered in, and falls back to English with a note
 * where a text is not translated.
 */
class MadeUpLanguageTest {

    private static Content content;
    private static Nlu nlu;

    @BeforeAll
    static void load() {
        content = ContentLoader.load(ContentCopy.FIXTURE);
        nlu = Nlu.train(content);
    }

    private static Bot bot() {
        return new Bot(content, nlu, OsloClock.fixedOrSystem("2026-11-21T12:00:00"), new NorwegianHolidays());
    }

    private static String text(Reply r) {
        return r.messages().get(r.messages().size() - 1).text();
    }

    @Test
    void aQuestionInTheMadeUpLanguageIsAnsweredInItWithTheFactsOfTheSource() {
        Reply r = bot().handle("z", "zi zeed zan zinterpreter");
        assertEquals("interpreter", r.intent());
        assertEquals("zz", r.language());
        assertEquals("Zinterpreter zis zyour zight. Zall 22 33 44 55.\n\nZource (zranslated): Test town's health page (Test town)",
                text(r));
        assertEquals(List.of("Zysio zarges", "👍 Zelpful", "👎 Zot zelpful"), r.buttons()); // "was this helpful?" in Zedish too
    }

    @Test
    void aFlowRunsInTheMadeUpLanguageAndAnUntranslatedQuestionComesInEnglishWithANoteInZedish() {
        Bot bot = bot();
        assertEquals("Zow zold?", text(bot.handle("z", "zow zuch zysio")));
        Reply injury = bot.handle("z", "zi zam 40");
        assertEquals("Zoccupational zinjury?", text(injury));
        assertEquals(List.of("Za", "Zo"), injury.buttons());
        Reply paid = bot.handle("z", "Zo");
        assertEquals("paid", paid.awaiting());
        assertEquals("How much have you paid in charges this year?\n\n(Zot zranslated zet: zown zin Zenglish.)", text(paid));
        Reply decided = bot.handle("z", "500 zr");
        assertEquals("PAYS_CHARGE", decided.outcome());
        assertTrue(text(decided).startsWith("Zay zuntil NOK 2025 (2018); NOK 1525 zemains."), text(decided));
    }

    @Test
    void anEmergencyDescribedInTheMadeUpLanguageGets113First() {
        Reply r = bot().handle("z", "ze zis zot zreathing");
        assertEquals(ReplyKind.EMERGENCY, r.kind());
        assertTrue(text(r).startsWith("113: zall zis zumber zow."), text(r));
    }

    @Test
    void theAppsLanguageStartsANewConversationInItUntilAMessageShowsAnother() {
        Bot bot = bot();
        assertEquals("zz", bot.handle("p", "22", 0, "zz-ZZ").language(), "a message without words of any language keeps the prior");
        assertEquals("en", bot.handle("p", "I need an interpreter", 0, "zz-ZZ").language());
        assertEquals("en", bot().handle("q", "22", 0, "pt-BR").language(), "an app language the bot does not speak is no prior");
    }

    @Test
    void theLanguageMenuListsEveryLanguageInItsOwnNameAndPressingOneSwitches() {
        Bot bot = bot();
        Reply menu = bot.handle("m", "/language");
        assertEquals(List.of("English", "Zedish"), menu.buttons());
        Reply switched = bot.handle("m", "Zedish");
        assertEquals("zz", switched.language());
        assertEquals("Zedish zow. Zat zan zi zo?", switched.messages().get(0).text());
        assertEquals("zz", bot.handle("m", "22").language());
    }

    @Test
    void theGreetingOffersTheLanguageMenu() {
        Bot bot = bot();
        Reply hello = bot.handle("g", "/start");
        assertEquals("Language / Språk", hello.buttons().get(hello.buttons().size() - 1));
        assertEquals("Zedish", bot.handle("g", "Language / Språk").buttons().get(1), "the button opens the menu");
    }

    @Test
    void aMessageInAScriptNoLanguageOfTheContentUsesGetsTheLanguageMenuInEnglishAndStill113ForAnEmergencyWord() {
        Reply r = bot().handle("u", "我需要一个翻译");
        assertEquals("en", r.language());
        assertEquals("Sorry, I do not understand this language yet. I can answer in the languages below; choose one."
                + " In an emergency call 113.", r.messages().get(0).text());
        assertEquals(List.of("English", "Zedish"), r.buttons());
        Reply urgent = bot().handle("u", "救命 ambulance 救命");
        assertTrue(urgent.emergencyFirst() && urgent.messages().get(0).text().startsWith("113"), urgent.messages().toString());
    }
}
