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

    private static final EntityExtractor EXTRACTOR = new EntityExtractor(List.of());

    private static String find(SlotType type, String text, boolean lenient) {
        return EXTRACTOR.extract(type, TextNormalizer.normalize(text), lenient, Map.of())
                .map(o -> ((BigDecimal) o).stripTrailingZeros().toPlainString()).orElse("-");
    }

    @ParameterizedTest(name = "{0} in \"{1}\" (lenient={2}) is {3}")
    @CsvSource(delimiter = '|', value = {
            "MONEY | 250 each way, 500 for the round trip       | true  | 250",
            "MONEY | 500 for the round trip, 250 each way       | true  | 250",
            "MONEY | 250 hver vei, 500 tur/retur                 | true  | 250",
            "MONEY | 500 tur retur                               | true  | 500",
            "MONEY | 3 trips, 1500 in total                      | true  | 1500",
            "MONEY | about 300                                   | true  | 300",
            "MONEY | ca. 300 kr                                  | false | 300",
            "MONEY | three hundred kroner                        | true  | 300",
            "MONEY | three hundred and fifty                     | true  | 350",
            "MONEY | tre hundre                                  | true  | 300",
            "MONEY | tohundreogfemti kroner                      | true  | 250",
            "MONEY | to tusen kr                                 | false | 2000",
            "MONEY | kr 1 200,50                                 | false | 1200.5",
            "MONEY | 1.200 kr                                    | false | 1200",
            "MONEY | NOK 1,200                                   | false | 1200",
            "MONEY | 450,50                                      | true  | 450.5",
            "MONEY | 200-300                                     | true  | 250",
            "MONEY | between 200 and 300 kr                      | false | 250",
            "MONEY | mellom 200 og 300                           | true  | 250",
            "MONEY | 200 or 300                                  | true  | -",
            "MONEY | is physio free for children under 16 or do they pay like adults | true | -",
            "MONEY | I paid 500 kr                               | false | 500",
            "MONEY | what is the number for legevakt 116 117     | true  | -",
            "MONEY | it was about 300                            | true  | 300",
            "MONEY | jeg betalte omtrent 450                     | true  | 450",
            "MONEY | I don't know                                | true  | -",
            "KM    | about 180 km each way                       | true  | 180",
            "KM    | two hundred kilometres                      | false | 200",
            "KM    | 12 mil                                      | false | 120",
            "KM    | 1 200 km                                    | false | 1200",
            "KM    | 40 km each way, 80 km tur/retur             | false | 40",
            "KM    | 150-200                                     | true  | 175",
            "KM    | fifty                                       | true  | 50",
    })
    void readsTheNumberAResidentMeant(SlotType type, String text, boolean lenient, String expected) {
        assertEquals(expected, find(type, text, lenient));
    }

    @Test
    void aChoiceAnswerThatRepeatsAWordIsReadNotACrash() {
        Map<String, List<String>> choices = Map.of("car", List.of("Own car"), "taxi", List.of("Taxi"));
        assertEquals("car", EXTRACTOR.extract(SlotType.CHOICE, "own car car", true, choices).orElseThrow());
    }

    @Test
    void numberWordsBecomeDigitsOnlyWhereTheyAreNumbers() {
        assertEquals("I went to 200 km", Quantities.wordsToDigits("I went to two hundred km"));
        assertEquals("to the dentist", Quantities.wordsToDigits("to the dentist"));
    }
}
