package healthbot.nlu;

import healthbot.rules.DurationUnit;
import healthbot.rules.SlotType;
import healthbot.rules.SlotValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Durations, birth years, ages and distances written as residents write them, in every language
 * the content ships (en, nb, nn, pl, ar, lt), including what is refused: a number whose unit is
 * not read is never taken for the unit asked for.
 */
class ValuesAsWrittenTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor(List.of(), healthbot.TestBots.content().lexicons().values());

    private static String read(SlotType type, String text, boolean lenient, String language) {
        return EXTRACTOR.extract(type, TextNormalizer.normalize(text), lenient, Map.of(), List.of(language))
                .map(ValuesAsWrittenTest::shown).orElse("-");
    }

    private static String shown(SlotValue v) {
        if (v instanceof SlotValue.Duration d) {
            return d.amount().toPlainString() + " " + d.unit().id();
        }
        if (v instanceof SlotValue.Decimal d) {
            return d.value().stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v.plain());
    }

    @ParameterizedTest(name = "[{3}] \"{0}\" at the months question is {1}")
    @CsvSource(delimiter = '|', value = {
            "i 3 veker                          | 3 week   | true  | nn",
            "i 3 veker                          | 3 week   | true  | nb",
            "i 3 veker                          | 3 week   | true  | en",
            "fire månader                       | 4 month  | true  | nn",
            "budd der samanhengande i 4 månader | 4 month  | true  | nn",
            "ho har budd der i 10 dagar         | 10 day   | false | nn",
            "eit halvt år                       | 6 month  | false | nn",
            "to år                              | 2 year   | false | nb",
            "tre uker                           | 3 week   | false | nb",
            "1,5 år                             | 1.5 year | false | nb",
            "to og et halvt år                  | 2.5 year | false | nb",
            "2 and a half years                 | 2.5 year | false | en",
            "three weeks                        | 3 week   | false | en",
            "about 5 days                       | 5 day    | false | en",
            "twenty-four months                 | 24 month | false | en",
            "4                                  | 4 month  | true  | en",
            "3,5                                | 3.5 month| true  | nb",
            "3 km                               | -        | true  | en",
            "3 kr                               | -        | true  | nb",
            "3 tygodnie                         | 3 week   | true  | pl",
            "od pięciu miesięcy                 | 5 month  | false | pl",
            "dwa lata                           | 2 year   | false | pl",
            "10 dni                             | 10 day   | true  | pl",
            "٣ أسابيع                           | 3 week   | true  | ar",
            "۴ أشهر                             | 4 month  | true  | ar",
            "منذ خمسة أشهر                      | 5 month  | false | ar",
            "3 savaitės                         | 3 week   | true  | lt",
            "keturis mėnesius                   | 4 month  | false | lt",
            "dvejus metus                       | 2 year   | false | lt",
            "2 metus                            | 2 year   | false | lt",
    })
    void aDurationIsReadWithItsUnit(String text, String expected, boolean lenient, String language) {
        assertEquals(expected, read(SlotType.MONTHS, text, lenient, language));
    }

    @ParameterizedTest(name = "[{2}] \"{0}\" at the birth-year question is {1}")
    @CsvSource(delimiter = '|', value = {
            "nineteen eighty-five               | 1985 | en",
            "nineteen eighty five               | 1985 | en",
            "born in nineteen eighty-five       | 1985 | en",
            "nineteen hundred and eighty five   | 1985 | en",
            "two thousand and six               | 2006 | en",
            "twenty twenty                      | 2020 | en",
            "nitten åttifem                     | 1985 | nb",
            "nittenåttifem                      | 1985 | nb",
            "totusenogsju                       | 2007 | nb",
            "to tusen og sju                    | 2007 | nb",
            "tjue tjuefem                       | 2025 | nn",
            "ho er fødd i 1948                  | 1948 | nn",
            "nitten førti åtte                  | 1948 | nn",
            "١٩٨٥                               | 1985 | ar",
            "۱۹۸۵                               | 1985 | ar",
            "tysiąc dziewięćset osiemdziesiąt pięć | 1985 | pl",
            "two three                          | -    | en",
    })
    void aBirthYearIsReadFromDigitsOrWords(String text, String expected, String language) {
        assertEquals(expected, read(SlotType.BIRTH_YEAR, text, true, language));
    }

    @ParameterizedTest(name = "[{2}] \"{0}\" at the age question is {1}")
    @CsvSource(delimiter = '|', value = {
            "nineteen                           | 19 | en",
            "I am twenty-one                    | 21 | en",
            "tjueen                             | 21 | nb",
            "٤٥                                 | 45 | ar",
            "3 weeks                            | -  | en",
    })
    void anAgeIsReadFromDigitsOrWordsButNotFromADuration(String text, String expected, String language) {
        assertEquals(expected, read(SlotType.AGE, text, true, language));
    }

    @ParameterizedTest(name = "[{2}] \"{0}\" at the km question is {1}")
    @CsvSource(delimiter = '|', value = {
            "12 mil                             | 120   | nn",
            "1,5 mil                            | 15    | nb",
            "2.5 km                             | 2.5   | en",
            "12,5 km                            | 12.5  | nb",
            "٣٠ كم                              | 30    | ar",
            "٢٫٥ كم                             | 2.5   | ar",
    })
    void aDistanceIsReadInKmWithMilAsTenKm(String text, String expected, String language) {
        assertEquals(expected, read(SlotType.KM, text, true, language));
    }

    @ParameterizedTest(name = "[{1}] the mil in \"{0}\" are {2}")
    @CsvSource(delimiter = '|', value = {"12 mil | nn | 12", "omtrent 4 mil | nb | 4", "40 km | nb | -"})
    void aDistanceInMilIsKnownToBeInMil(String text, String language, String expected) {
        assertEquals(expected, EXTRACTOR.milGiven(TextNormalizer.normalize(text), List.of(language))
                .map(BigDecimal::toPlainString).orElse("-"));
    }

    @ParameterizedTest(name = "[{2}] \"{0}\" as {1} is counted as {3}, read from the range {4}")
    @CsvSource(delimiter = '|', value = {
            "200-300 kr                         | MONEY | en | 250 | 200-300",
            "between 300 and 500 NOK            | MONEY | en | 400 | 300-500",
            "mellom 200 og 300 kroner           | MONEY | nb | 250 | 200-300",
            "150–250 km                         | KM    | en | 200 | 150-250",
            "kr 150 — 250                       | MONEY | en | 200 | 150-250",
            "ca 20 til 30 km                    | KM    | nb | 25  | 20-30",
            "250 kr                             | MONEY | en | 250 | -",
            "12 mil                             | KM    | nn | 120 | -",
    })
    void anAmountGivenAsARangeIsCountedByItsMiddleAndTheRangeIsKnown(String text, SlotType type, String language,
                                                                      String counted, String range) {
        assertEquals(counted, read(type, text, true, language));
        assertEquals(range, EXTRACTOR.rangeGiven(type, TextNormalizer.normalize(text), true, List.of(language))
                .map(r -> r.low().toPlainString() + "-" + r.high().toPlainString()).orElse("-"));
    }

    @org.junit.jupiter.api.Test
    void aRangeIsNeverReportedForASlotThatTakesNoAmount() {
        assertEquals(java.util.Optional.empty(), EXTRACTOR.rangeGiven(SlotType.AGE, "20-30", true, List.of("en")));
    }

    @org.junit.jupiter.api.Test
    void aDurationValueKeepsItsUnit() {
        assertEquals(new SlotValue.Duration(BigDecimal.valueOf(3), DurationUnit.WEEK),
                EXTRACTOR.extract(SlotType.MONTHS, "i 3 veker", true, Map.of(), List.of("nb")).orElseThrow());
    }
}
