package healthbot.nlu;

import healthbot.rules.SlotType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Amounts and distances written the ways residents write them, in English and Norwegian. */
class AmountsAsWrittenTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor(List.of(), healthbot.TestBots.content().lexicons().values());

    private static String find(SlotType type, String text, boolean lenient, String language) {
        return EXTRACTOR.extract(type, TextNormalizer.normalize(text), lenient, Map.of(), List.of(language))
                .map(o -> ((healthbot.rules.SlotValue.Decimal) o).value().stripTrailingZeros().toPlainString()).orElse("-");
    }

    @ParameterizedTest(name = "{0} in \"{1}\" (lenient={2}, {4}) is {3}")
    @CsvSource(delimiter = '|', value = {
            "MONEY | 250 each way, 500 for the round trip        | true  | 250 | en",
            "MONEY | 500 for the round trip, 250 each way        | true  | 250 | en",
            "MONEY | 250 hver vei, 500 tur/retur                 | true  | 250 | nb",
            "MONEY | 500 tur retur                               | true  | 500 | nb",
            "MONEY | 3 trips, 1500 in total                      | true  | 1500 | en",
            "MONEY | about 300                                   | true  | 300 | en",
            "MONEY | ca. 300 kr                                  | false | 300 | en",
            "MONEY | three hundred kroner                        | true  | 300 | en",
            "MONEY | three hundred and fifty                     | true  | 350 | en",
            "MONEY | tre hundre                                  | true  | 300 | nb",
            "MONEY | tohundreogfemti kroner                      | true  | 250 | nb",
            "MONEY | to tusen kr                                 | false | 2000 | nb",
            "MONEY | kr 1 200,50                                 | false | 1200.5 | en",
            "MONEY | 1.200 kr                                    | false | 1200 | en",
            "MONEY | NOK 1,200                                   | false | 1200 | en",
            "MONEY | 450,50                                      | true  | 450.5 | en",
            "MONEY | 200-300                                     | true  | 250 | en",
            "MONEY | between 200 and 300 kr                      | false | 250 | en",
            "MONEY | mellom 200 og 300                           | true  | 250 | nb",
            "MONEY | 200 or 300                                  | true  | - | en",
            "MONEY | is physio free for children under 16 or do they pay like adults | true  | - | en",
            "MONEY | I paid 500 kr                               | false | 500 | en",
            "MONEY | what is the number for legevakt 116 117     | true  | - | en",
            "MONEY | it was about 300                            | true  | 300 | en",
            "MONEY | jeg betalte omtrent 450                     | true  | 450 | nb",
            "MONEY | I don't know                                | true  | - | en",
            "KM    | about 180 km each way                       | true  | 180 | en",
            "KM    | two hundred kilometres                      | false | 200 | en",
            "KM    | 12 mil                                      | false | 120 | nb",
            "KM    | 1 200 km                                    | false | 1200 | en",
            "KM    | 40 km each way, 80 km tur/retur             | false | 40 | nb",
            "KM    | 150-200                                     | true  | 175 | en",
            "KM    | fifty                                       | true  | 50 | en",
    })
    void readsTheNumberAResidentMeant(SlotType type, String text, boolean lenient, String expected, String language) {
        assertEquals(expected, find(type, text, lenient, language));
    }

    @Test
    void aChoiceAnswerThatRepeatsAWordIsReadNotACrash() {
        Map<String, List<String>> choices = Map.of("car", List.of("Own car"), "taxi", List.of("Taxi"));
        assertEquals(new healthbot.rules.SlotValue.Id("car"), EXTRACTOR.extract(SlotType.CHOICE, "own car car", true, choices, List.of("en")).orElseThrow());
    }

    @Test
    void numberWordsBecomeDigitsOnlyWhereTheyAreNumbers() {
        assertEquals("i went to 200 km", EXTRACTOR.wordsToDigits("i went to two hundred km", "en"));
        assertEquals("to the dentist", EXTRACTOR.wordsToDigits("to the dentist", "en"));
        assertEquals("to the dentist", EXTRACTOR.wordsToDigits("to the dentist", "nb"), "'to' is two only before hundre/tusen");
        assertEquals("2000 kr", EXTRACTOR.wordsToDigits("to tusen kr", "nb"));
        assertEquals("to tusen kr", EXTRACTOR.wordsToDigits("to tusen kr", "en"), "English number words do not read Norwegian");
    }
}
