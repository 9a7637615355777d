package healthbot.nlu;

import healthbot.TestBots;
import healthbot.dialogue.Bot;
import healthbot.dialogue.OutMessage;
import healthbot.dialogue.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions next to the bot's domain that the sources do not answer (hospital patient travel,
 * pharmacies, travel vaccines for adults, NAV sick pay, hospital queues, the EU health card,
 * private clinics, home care, hospital parking, medical certificates) get the fallback, which
 * names 113; the in-domain questions they share words with are still answered.
 */
class NearDomainOutOfScopeTest {

    private static final Bot BOT = TestBots.bot();

    @ParameterizedTest
    @ValueSource(strings = {
            "I had a knee operation and can't drive yet. Can I get a car to take me to my check-up at the hospital?",
            "Jeg må bestille pasientreise til sykehuset på fredag",
            "Hvilket apotek har åpent på søndag i Sandvika?",
            "Do adults need a vaccine before a trip to Kenya?",
            "Når betaler NAV ut sjukepengane for oktober?",
            "how long is the waiting list for a new knee at the hospital",
            "how do I get the European health insurance card before my holiday",
            "what does a private dermatologist cost",
            "hvordan søker jeg om hjemmesykepleie til mor",
            "where can visitors park at the hospital"})
    void healthAdjacentQuestionTheSourcesDoNotAnswerGetsTheFallbackThatNames113(String message) {
        Reply reply = BOT.handle("near-" + message.hashCode(), message);
        String text = reply.messages().stream().map(OutMessage::text).collect(Collectors.joining("\n"));
        assertEquals("fallback", reply.intent(), message);
        assertTrue(text.contains("113"), "the fallback names 113: " + text);
        assertTrue(!text.strip().startsWith("113"), "not answered as an emergency: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "My daughter's dental clinic is in the next kommune, 90 km away. Do we get the petrol money back?",
            "Who pays the taxi to the dentist if the clinic approved it in advance?",
            "My mum has been in a nursing home for a year. Does she pay for the dentist?",
            "Where do we take our baby for vaccines?",
            "Får mor gratis tannlege når hun får hjemmesykepleie hver uke?"})
    void inDomainQuestionSharingTheirWordsIsStillAnswered(String message) {
        Reply reply = BOT.handle("ours-" + message.hashCode(), message);
        assertNotEquals("fallback", reply.intent(), message);
    }
}
