package healthbot.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import healthbot.TestBots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The emergency policy through the whole bot: who gets the emergency answer, who a 113 pointer, who neither. */
class EmergencyAnswerTest {

    private static Reply first(String message) {
        return TestBots.bot().handle("c", message);
    }

    private static String firstLine(Reply r) {
        return r.messages().get(0).text().lines().findFirst().orElse("");
    }

    @Test
    void everyEmergencyOfTheHeldOutSetGets113InTheFirstLineOfTheFirstReply() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> emergencies = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("intents/tests/nlu-holdout.jsonl"))) {
            JsonNode n = line.isBlank() ? null : json.readTree(line);
            if (n != null && n.get("intent").asText().equals("emergency")) {
                emergencies.add(n.get("text").asText());
            }
        }
        assertTrue(emergencies.size() >= 10, "the held-out set should have its emergencies");
        for (String e : emergencies) {
            Reply r = first(e);
            assertEquals("emergency", r.intent(), e);
            assertTrue(firstLine(r).contains("113"), e + " -> " + firstLine(r));
        }
    }

    @ParameterizedTest(name = "\"{0}\" gets {1} with a 113 pointer first")
    @CsvSource(delimiter = '|', value = {
            "are prisoners only covered for acute emergency treatment at the dentist | dental_categories",
            "does the travel refund cover emergency treatment at the dentist  | dental_travel",
            "kan jeg få refundert reise til akutt tannbehandling               | dental_travel"})
    void aQuestionThatMentionsAnEmergencyGetsItsTopicWithA113Pointer(String message, String topic) {
        Reply r = first(message);
        assertEquals(topic, r.intent());
        assertTrue(firstLine(r).contains("113"), firstLine(r));
    }

    @ParameterizedTest(name = "\"{0}\" is not answered as an emergency or a health topic")
    @ValueSource(strings = {"please move $100 from my checking to saving account", "flip a coin i choose heads",
            "please begin a timer", "I think I lost my phone", "I want to cancel my internet subscription",
            "kanseller alle alarmer", "does life have a meaning", "i need you to translate a sentence into french"})
    void everydayRequestsGetNeitherTheEmergencyAnswerNorAHealthTopic(String message) {
        Reply r = first(message);
        assertNotEquals("emergency", r.intent());
        assertTrue(TestBots.content().intents().stream()
                .noneMatch(i -> i.name().equals(r.intent()) && i.kind() == healthbot.content.IntentKind.TOPIC), r.intent());
    }

    @ParameterizedTest(name = "\"{0}\" gets the plain fallback")
    @ValueSource(strings = {"how do I apply for NAV sickness benefit", "søke om dagpenger fra NAV",
            "visiting hours at Bærum hospital", "når er sykehuset åpent for besøk", "is the pharmacy open tonight",
            "hvilket apotek har døgnåpent", "price of a private clinic for knee surgery", "privat legesenter uten ventetid"})
    void nearDomainQuestionsTheSourcesDoNotCoverGetICantHelpWithThatAndWhatTheBotCanDo(String message) {
        Reply r = first(message);
        assertEquals("fallback", r.intent());
        String text = r.messages().get(0).text();
        assertTrue(text.startsWith("Sorry, I can't help with that") || text.startsWith("Beklager, det kan jeg ikke hjelpe med"), text);
        assertFalse(r.buttons().isEmpty(), "the fallback offers what the bot can help with");
    }

    @Test
    void aClassifierGuessOfEmergencyBelowItsOwnThresholdGetsTheFallbackNotTheEmergencyAnswer() {
        Routing routing = Routing.of(TestBots.content());
        double sure = TestBots.content().settings().emergencyConfidence();
        healthbot.nlu.Assessment nothing = healthbot.nlu.Assessment.none(false);
        assertEquals("fallback", routing.decide(new healthbot.nlu.Prediction("emergency", sure - 0.01, "fallback", 0), nothing, 0.3).intent());
        assertEquals("emergency", routing.decide(new healthbot.nlu.Prediction("emergency", sure, "fallback", 0), nothing, 0.3).intent());
    }
}
