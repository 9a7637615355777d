package healthbot.nlu;

import healthbot.rules.SlotType;
import healthbot.rules.SlotValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Slot values as Nynorsk, dialect and mixed-language writers give them (issue 20 items 3–5): ranges
 * of durations read as their lower end (the rule never grants more than the resident surely has),
 * birth years written in another language's number words, dialect forms of "I am" and "born", amounts
 * with "kr", "NOK", ",-" and hedges, distances in mil, and what is refused and why. The languages
 * column lists the message's likely languages, most likely first, as the dialogue passes them.
 */
class ValuesInNynorskDialectAndMixedTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor(List.of(), healthbot.TestBots.content().lexicons().values());

    private static String read(SlotType type, String text, String languages) {
        return EXTRACTOR.extract(type, TextNormalizer.normalize(text), true, Map.of(), Arrays.asList(languages.split(" ")))
                .map(ValuesInNynorskDialectAndMixedTest::shown).orElse("-");
    }

    private static String shown(SlotValue v) {
        if (v instanceof SlotValue.Duration d) {
            return d.amount().stripTrailingZeros().toPlainString() + " " + d.unit().id();
        }
        if (v instanceof SlotValue.Decimal d) {
            return d.value().stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v.plain());
    }

    @ParameterizedTest(name = "[{2}] \"{0}\" at the months question is {1}")
    @CsvSource(delimiter = '|', value = {
            "ca 2-3 månader                  | 2 month | nn",
            "mellom 2 og 4 månader           | 2 month | nn",
            "to til tre år                   | 2 year  | nn",
            "4-5 veker                       | 4 week  | nn",
            "2 til 3 måneder                 | 2 month | nb",
            "mellom tre og fire uker         | 3 week  | nb",
            "2 to 3 months                   | 2 month | en",
            "between two and three years     | 2 year  | en",
            "i to år                         | 2 year  | nn",
            "ho har budd der i ti veker      | 10 week | nn",
            "sia i fjor, ca eitt år          | 1 year  | nn",
            "æ har budd der i 5 måneda       | 5 month | nn nb",
            "fire mnd                        | 4 month | nn",
            "3 months i think, maybe more    | 3 month | en nb",
            "i 3 veker                       | 3 week  | en",
    })
    void aDurationAndARangeOfDurationsAreReadWithTheirUnit(String text, String expected, String languages) {
        assertEquals(expected, read(SlotType.MONTHS, text, languages));
    }

    @ParameterizedTest(name = "[{2}] \"{0}\" at the months question is refused")
    @CsvSource(delimiter = '|', value = {
            "sidan i sommar | nn", // no number: asked again, never guessed
            "3 km           | nn", // a number with a unit that is not a duration is not months
            "300 kr         | en",
            "3 mil          | nb",
    })
    void aDurationWithoutANumberOrWithAnotherUnitIsRefused(String text, String languages) {
        assertEquals("-", read(SlotType.MONTHS, text, languages));
    }

    @ParameterizedTest(name = "[{2}] \"{0}\" at the birth-year question is {1}")
    @CsvSource(delimiter = '|', value = {
            "totusenogsju                    | 2007 | en",
            "nittenåttifem                   | 1985 | en",
            "nittenhundreogåttifem           | 1985 | nn",
            "nineteen eighty-five            | 1985 | nb",
            "æ e fødd i nittenåttifem        | 1985 | nn nb",
            "ho er fødd i 1948               | 1948 | nn",
            "han e født i totusenogfem       | 2005 | nb",
            "fodd i 1952                     | 1952 | nn",
            "to                              | -    | en", // two in Norwegian, but no year in any language
            "tre                             | -    | en",
    })
    void aBirthYearIsReadInTheNumberWordsOfAnyLanguageButOnlyAsAWholeYear(String text, String expected, String languages) {
        assertEquals(expected, read(SlotType.BIRTH_YEAR, text, languages));
    }

    @ParameterizedTest(name = "[{2}] \"{0}\" at the age question is {1}")
    @CsvSource(delimiter = '|', value = {
            "ho e 15 år                      | 15 | nn",
            "guten min er fjorten            | 14 | nn",
            "æ e 70                          | 70 | nn",
            "eg er 45                        | 45 | nn",
            "han e sju år                    | 7  | nn nb",
            "he is 45 år                     | 45 | en nb",
            "i 3 veker                       | -  | nn", // a duration is not an age
    })
    void anAgeInNynorskDialectOrMixedIsRead(String text, String expected, String languages) {
        assertEquals(expected, read(SlotType.AGE, text, languages));
    }

    @ParameterizedTest(name = "[{2}] \"{0}\" at the amount question is {1}")
    @CsvSource(delimiter = '|', value = {
            "ca. 300,-                       | 300  | nn",
            "omlag 300 NOK                   | 300  | nn",
            "rundt 1500 kr                   | 1500 | nn",
            "300-400 kr                      | 350  | nn",
            "mellom 300 og 400 kroner        | 350  | nb",
            "about 300                       | 300  | en",
            "ca 300 kr                       | 300  | en nb",
            "eg betalte 350 kr               | 350  | nn",
            "tre hundre kroner               | 300  | nn",
    })
    void anAmountIsReadWithItsCurrencyHedgeOrRange(String text, String expected, String languages) {
        assertEquals(expected, read(SlotType.MONEY, text, languages));
    }

    @ParameterizedTest(name = "[{2}] \"{0}\" at the km question is {1}")
    @CsvSource(delimiter = '|', value = {
            "ca. 30 mil                      | 300 | nn",
            "3 mil                           | 30  | en",
            "about 20 mil                    | 200 | en",
            "between 20 and 30 km            | 25  | en",
            "omtrent 45 km kvar veg          | 45  | nn",
    })
    void aDistanceIsReadInKmAndMilIsTenKm(String text, String expected, String languages) {
        assertEquals(expected, read(SlotType.KM, text, languages));
    }
}
