package healthbot.dialogue;

import healthbot.testsupport.MovableClock;

import healthbot.TestBots;
import healthbot.clock.NorwegianHolidays;
import healthbot.content.Content;
import healthbot.content.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BotTest {

    private final Bot bot = TestBots.bot();

    private static String firstText(Reply r) {
        return r.messages().get(0).text();
    }

    private static String lastText(Reply r) {
        return r.messages().get(r.messages().size() - 1).text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"emergency", "emergncy!!", "EMERGENCY", "my father has chest pain", "someone is unconscious",
            "he is not breathing", "hjerteinfarkt", "ring ambulanse", "113", "my dad collapsed", "car crash, people hurt",
            "vondt i brystet"})
    void emergencyNumberIsInTheFirstLineOfTheFirstReplyInAnyState(String message) {
        Reply fresh = bot.handle("fresh-" + message, message);
        assertTrue(firstText(fresh).lines().findFirst().orElse("").contains("113"), firstText(fresh));

        String chat = "midflow-" + message;
        assertEquals("birth_year", bot.handle(chat, "is the dentist free for me?").awaiting());
        Reply midFlow = bot.handle(chat, message);
        assertEquals("emergency", midFlow.intent());
        assertTrue(firstText(midFlow).lines().findFirst().orElse("").contains("113"), firstText(midFlow));
    }

    @Test
    void anAgeThatMayCrossABandThisYearAsksForTheBirthYear() {
        bot.handle("c", "is the dentist free for me?");
        assertEquals("birth_year", bot.handle("c", "I am 20").awaiting(), "20 now may mean 21 in the treatment year");
        assertEquals("region", bot.handle("c", "2006").awaiting());
    }

    @Test
    void askingForTheEmergencyDentistGetsItsAnswerNot113First() {
        Reply r = bot.handle("c", "emergency dentist");
        assertEquals("emergency_dentist", r.intent(), "a service's name is no emergency");
        assertTrue(firstText(r).startsWith("Emergency dentist"), firstText(r));
        assertTrue(firstText(r).contains("69 11 77 99"), firstText(r));
    }

    @Test
    void anAnswerToTheQuestionIsNotMistakenForAnEmergency() {
        assertEquals("age", bot.handle("c", "do I have to pay for physiotherapy").awaiting());
        Reply r = bot.handle("c", "my daughter is 12");
        assertEquals("EXEMPT_UNDER_16", r.outcome());
    }

    @Test
    void emergencyAnswerGivesLegevaktAndEmergencyDentistToo() {
        String text = firstText(bot.handle("c", "emergency"));
        assertTrue(text.contains("116 117"), text);
        assertTrue(text.contains("69 11 77 99"), text);
    }

    @Test
    void valuesInTheFirstMessageAreNotAskedAgain() {
        Reply r = bot.handle("c", "I'm 19 and live in Bærum, is the dentist free?");
        assertNull(r.awaiting());
        assertEquals("YOUTH_DISCOUNT", r.outcome());
        assertTrue(lastText(r).contains("Bærum the discount is 25 %"), lastText(r));
    }

    @Test
    void aChildIsNeverAskedForRegionOrCategory() {
        assertEquals("birth_year", bot.handle("c", "is the dentist free?").awaiting());
        Reply r = bot.handle("c", "2012");
        assertEquals("FREE_CHILD", r.outcome());
        assertNull(r.awaiting());
    }

    @Test
    void anAnswerThatCannotBeUnderstoodIsAskedAgainWithAnExampleThenTheFlowStops() {
        bot.handle("c", "is the dentist free for me?");
        Reply again = bot.handle("c", "banana");
        assertEquals("birth_year", again.awaiting());
        assertTrue(firstText(again).matches("(?s).*\\d{4}.*"), "reprompt shows an example year: " + firstText(again));
        bot.handle("c", "banana");
        Reply gaveUp = bot.handle("c", "banana");
        assertNull(gaveUp.awaiting());
        assertFalse(gaveUp.messages().get(0).buttons().isEmpty(), "offers topics after giving up");
    }

    @Test
    void aDigressionIsAnsweredAndTheFlowResumesOnContinue() {
        bot.handle("c", "is the dentist free for me?");
        Reply digression = bot.handle("c", "do I have the right to an interpreter?");
        assertEquals("interpreter", digression.intent());
        assertNull(digression.awaiting());
        assertEquals(List.of("Continue", "Stop"), digression.messages().get(digression.messages().size() - 1).buttons());
        Reply resumed = bot.handle("c", "Continue");
        assertEquals("birth_year", resumed.awaiting());
        assertEquals("FREE_CHILD", bot.handle("c", "2010").outcome());
    }

    @Test
    void afterADigressionTheAnswerToThePausedQuestionStillCounts() {
        bot.handle("c", "is the dentist free for me?");
        bot.handle("c", "what does a GP do?");
        assertEquals("FREE_CHILD", bot.handle("c", "2011").outcome());
    }

    @Test
    void resetForgetsTheFlow() {
        bot.handle("c", "is the dentist free for me?");
        Reply reset = bot.handle("c", "/reset");
        assertNull(reset.awaiting());
        assertEquals("reset", reset.intent());
        Reply after = bot.handle("c", "2010");
        assertNotEqualsOutcome(after);
    }

    private static void assertNotEqualsOutcome(Reply r) {
        assertNull(r.outcome(), "no flow is running after /reset, so no rule decides");
    }

    @Test
    void startGreetsWithTopicButtons() {
        Reply r = bot.handle("c", "/start");
        assertEquals("greeting", r.intent());
        assertTrue(r.buttons().size() >= 4, r.buttons().toString());
        assertTrue(firstText(r).contains("113"));
    }

    @Test
    void commandsWorkWithTheBotNameSuffixTelegramAdds() {
        assertEquals("help", bot.handle("c", "/help@healthbot_bot").intent());
    }

    @Test
    void pressingAButtonByIdContinuesTheFlowAndAnOldKeyboardIsIgnored() {
        bot.handle("c", "is the dentist free for me?");
        Reply askRegion = bot.handle("c", "I am 19");
        assertEquals("region", askRegion.awaiting());
        int ostfold = askRegion.buttons().indexOf("Østfold");
        Optional<Reply> pressed = bot.press("c", askRegion.offerId(), ostfold);
        assertTrue(pressed.isPresent());
        assertEquals("YOUTH_DISCOUNT", pressed.get().outcome());
        assertTrue(bot.press("c", askRegion.offerId(), ostfold).isEmpty(), "the keyboard is stale now");
    }

    @Test
    void sessionsExpireAfterTheIdleTime() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-21T11:00:00Z"), ZoneId.of("Europe/Oslo"));
        Bot timed = TestBots.bot(clock);
        timed.handle("c", "is the dentist free for me?");
        clock.advance(Duration.ofMinutes(TestBots.content().settings().sessionIdleMinutes() + 1));
        assertNull(timed.handle("c", "2010").outcome(), "the flow was forgotten");
        timed.handle("d", "is the dentist free for me?");
        clock.advance(Duration.ofMinutes(1));
        assertEquals("FREE_CHILD", timed.handle("d", "2010").outcome(), "a short pause keeps the flow");
    }

    @Test
    void forgetAnswersInTheChatsLanguage() {
        bot.handle("c", "hvordan får jeg fastlege?");
        assertTrue(firstText(bot.forget("c")).startsWith("Jeg har slettet"));
    }

    @Test
    void forgetDeletesTheSession() {
        bot.handle("c", "is the dentist free for me?");
        Reply r = bot.forget("c");
        assertEquals("forget", r.intent());
        assertNull(bot.handle("c", "2010").outcome());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "😀😀😀", "!!!", "<b>x</b> & <script>alert(1)</script>", "\u0000\u0007"})
    void oddInputGetsAPoliteAnswerNotAnException(String message) {
        Reply r = bot.handle("c", message);
        assertFalse(r.messages().isEmpty());
        assertFalse(firstText(r).isBlank());
    }

    @Test
    void aHugeMessageIsCutAndSaidSo() {
        Reply r = bot.handle("c", "is the dentist free? ".repeat(10_000));
        assertTrue(firstText(r).startsWith("Your message was long"), firstText(r));
    }

    @Test
    void nullTextIsTreatedAsEmpty() {
        Reply r = bot.handle("c", null);
        assertEquals("fallback", r.intent());
    }

    @Test
    void substantiveAnswersEndWithASourceLineAndSmallTalkDoesNot() {
        assertTrue(firstText(bot.handle("c", "how do I register with a GP?")).contains("\n\nSource: Bærum"));
        assertFalse(firstText(bot.handle("c", "thank you!")).contains("Source:"));
    }

    @Test
    void aNorwegianQuestionGetsTheNorwegianAnswer() {
        String text = firstText(bot.handle("c", "hvordan får jeg fastlege?"));
        assertTrue(text.contains("810 59 500"), text);
        assertTrue(text.contains("Kilde:"), text);
    }

    @Test
    void typingAPlaceNameDoesNotSwitchAnEnglishChatToNorwegian() {
        bot.handle("c", "is the dentist free for me?");
        bot.handle("c", "I am 19");
        Reply r = bot.handle("c", "I live in Østfold");
        assertEquals("YOUTH_DISCOUNT", r.outcome());
        assertTrue(lastText(r).contains("in Østfold the discount is 75 %"), lastText(r));
    }

    @Test
    void sourceLinesListSourcesInTheOrderOfFactsJson() {
        String text = lastText(bot.handle("c", "what is the emergency number"));
        String line = text.substring(text.lastIndexOf("Source:"));
        List<String> order = new java.util.ArrayList<>(TestBots.content().sources().keySet());
        int baerum = line.indexOf("Bærum municipality");
        int ostfold = line.indexOf("Østfold county");
        assertTrue(baerum > 0 && ostfold > 0, line);
        assertEquals(order.indexOf("baerum") < order.indexOf("ostfold"), baerum < ostfold, line);
    }

    @Test
    void nonTextMessagesGetAPoliteNote() {
        Reply r = bot.nonText("c");
        assertTrue(firstText(r).contains("113"));
    }

    @Test
    void nearTiesOfUnrelatedIntentsAskDidYouMeanWithBothIntentsAsButtons() {
        Bot unsure = alwaysTied();
        Reply r = unsure.handle("c", "can I get an interpreter at legevakt"); // interpreter vs legevakt: neither offers the other
        assertTrue(firstText(r).startsWith("I'm not sure"), firstText(r));
        assertEquals(2, r.buttons().size());
        Reply chosen = unsure.handle("c", r.buttons().get(0));
        assertEquals(r.intent(), chosen.intent());
    }

    @Test
    void aNearTieOfTwoIntentsOfOneTopicGoesStraightToTheBetterOneWhichOffersTheOther() {
        Reply r = alwaysTied().handle("c", "how do I register with a GP?"); // gp_register offers gp_entitlement
        assertEquals("gp_register", r.intent());
        assertFalse(firstText(r).startsWith("I'm not sure"), firstText(r));
        assertTrue(r.buttons().contains("Am I entitled to a GP?"), r.buttons().toString());
    }

    @Test
    void aNearTieBetweenAFlowAndAnAnswerGoesToTheFlowWhenTheMessageStatesAValueItNeeds() {
        Reply r = alwaysTied().handle("c", "Where should I take my 3 year old for check-ups and vaccines?");
        assertEquals("clinic_for_age", r.intent());
        assertEquals("CHILD_CLINIC", r.outcome());
    }

    /** A bot whose near-tie margin is 1: every message's top two are a near tie. */
    private static Bot alwaysTied() {
        Content c = TestBots.content();
        Settings s = c.settings();
        Settings alwaysTie = new Settings(s.confidenceThreshold(), 1.0, s.emergencyConfidence(), s.sessionIdleMinutes(), s.minExamples(),
                s.maxMessageChars(), s.languages(), s.regions(), s.ui(), s.askHelpful());
        Content tied = c.withSettings(alwaysTie);
        return new Bot(tied, TestBots.nlu(), Clock.systemUTC(), new NorwegianHolidays());
    }

    @Test
    void physioChargeLimitIsGivenWithItsYear() {
        bot.handle("c", "how much do I pay for physiotherapy?");
        bot.handle("c", "I am 40");
        Reply r = bot.handle("c", "no");
        r = r.awaiting() == null ? r : bot.handle("c", "NOK 500");
        assertEquals("PAYS_CHARGE", r.outcome());
        assertTrue(lastText(r).contains("2018"), lastText(r));
        assertTrue(lastText(r).contains("1525"), lastText(r));
    }

    /** A clock tests can move forward. */
}
