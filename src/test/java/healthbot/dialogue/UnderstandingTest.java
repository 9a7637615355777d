package healthbot.dialogue;

import healthbot.TestBots;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What residents write, through the whole bot: typos, Norwegian words, and things it must not answer. */
class UnderstandingTest {

    private static String intentOf(String message) {
        return TestBots.bot().handle("c", message).intent();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "how do i registr with a fastlege         | gp_register",
            "dentsit free for my kid?                  | dental_free",
            "legevakten nummer                         | legevakt",
            "legevaktnummer                            | legevakt",
            "tannlegevakt i helgen                     | emergency_dentist",
            "helsestasjon for baby                     | child_health_clinic",
            "jeg er gravid, hvor får jeg jordmor?      | maternity_care",
            "trenger tolk hos legen                    | interpreter",
            "fysioterapeut egenandel                   | physio_charge",
            "frikort fysioterapi                       | physio_charge",
            "reiseutgifter til tannlegen               | dental_travel",
            "i want to complain about my physio        | complaints",
            "physiotherapy without referral?           | physio_referral",
            "hello                                     | greeting",
            "thanks a lot                              | thanks",
    })
    void recognisesTyposAndNorwegianWords(String message, String intent) {
        assertEquals(intent, intentOf(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"what will the weather be like tomorrow", "cheap flights to Spain",
            "tell me a joke", "when is the garbage collected", "how do I get a parking permit",
            "hvordan blir været i morgen", "who won the football match"})
    void outOfScopeMessagesGoToTheFallback(String message) {
        assertEquals("fallback", intentOf(message));
    }
}
