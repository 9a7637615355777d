package healthbot.nlu;

import healthbot.rules.SlotType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityExtractorTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor(List.of(
            new EntityExtractor.RegionNames("baerum", List.of("Bærum", "Sandvika")),
            new EntityExtractor.RegionNames("ostfold", List.of("Østfold", "Fredrikstad")),
            new EntityExtractor.RegionNames("other", List.of("Oslo", "somewhere else"))),
            healthbot.TestBots.content().lexicons().values());

    private static String find(SlotType type, String text, boolean lenient) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        choices.put("public_transport", List.of("Public transport", "Kollektivtransport"));
        choices.put("car", List.of("Own car", "Egen bil"));
        choices.put("taxi", List.of("Taxi", "Drosje"));
        Optional<Object> v = EXTRACTOR.extract(type, TextNormalizer.normalize(text), lenient, choices, languageOf(text))
                .map(healthbot.rules.SlotValue::plain);
        return v.map(o -> o instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : o.toString()).orElse("-");
    }

    /** The language the bot would read the message in (English when it shows none, as a new chat). */
    static List<String> languageOf(String text) {
        String detected = healthbot.TestBots.nlu().analyze(text).language();
        return List.of(detected == null ? "en" : detected);
    }

    @ParameterizedTest(name = "{0} in \"{1}\" (lenient={2}) is {3}")
    @CsvSource(delimiter = '|', value = {
            "AGE        | I'm 19, is the dentist free?          | false | 19",
            "AGE        | my son is 7 years old                 | false | 7",
            "AGE        | jeg er 45 år                          | false | 45",
            "AGE        | a 15-year-old                         | false | 15",
            "AGE        | she is 3                              | false | 3",
            "AGE        | is the dentist free                   | false | -",
            "AGE        | we have lived here for 2 years        | false | -",
            "AGE        | 34                                    | true  | 34",
            "AGE        | 34                                    | false | -",
            "AGE        | 250                                   | true  | -",
            "BIRTH_YEAR | I was born in 2007                    | false | 2007",
            "BIRTH_YEAR | født 1990                             | false | 1990",
            "BIRTH_YEAR | 2007                                  | true  | 2007",
            "BIRTH_YEAR | 2007                                  | false | -",
            "MONTHS     | I have lived there for 5 months       | false | 5 months",
            "MONTHS     | 2 years                               | false | 2 years",
            "MONTHS     | six weeks                             | false | 6 weeks",
            "MONTHS     | tre måneder                           | false | 3 months",
            "MONTHS     | half a year                           | false | 6 months",
            "MONTHS     | 4                                     | true  | 4 months",
            "KM         | I drove 200 km                        | false | 200",
            "KM         | 12,5 kilometres                       | false | 12.5",
            "KM         | 3 mil                                 | false | 30",
            "KM         | 175                                   | true  | 175",
            "MONEY      | I paid NOK 500                        | false | 500",
            "MONEY      | 1 500 kr                              | false | 1500",
            "MONEY      | 2,30 kroner                           | false | 2.3",
            "MONEY      | kr 146                                | false | 146",
            "MONEY      | 900                                   | true  | 900",
            "YES_NO     | yes                                   | true  | true",
            "YES_NO     | Yeah!                                 | true  | true",
            "YES_NO     | ja                                    | true  | true",
            "YES_NO     | nei                                   | true  | false",
            "YES_NO     | no, I don't                           | true  | false",
            "YES_NO     | I am not                              | true  | false",
            "YES_NO     | ikke                                  | true  | false",
            "YES_NO     | yes                                   | false | -",
            "YES_NO     | banana                                | true  | -",
            "REGION     | I live in Bærum                       | false | baerum",
            "REGION     | baerum                                | false | baerum",
            "REGION     | we live in Fredrikstad.               | false | ostfold",
            "REGION     | ostfold                               | false | ostfold",
            "REGION     | Oslo                                  | false | other",
            "REGION     | the moon                              | false | -",
            "CHOICE     | Own car                               | true  | car",
            "CHOICE     | by car                                | true  | car",
            "CHOICE     | drosje                                | true  | taxi",
            "CHOICE     | 1                                     | true  | public_transport",
            "CHOICE     | bus                                   | true  | -",
    })
    void findsSlotValues(SlotType type, String text, boolean lenient, String expected) {
        assertEquals(expected, find(type, text, lenient));
    }
}
