package healthbot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

/** Each language's rule picks the CLDR form of a counted word; the table gives the textbook examples. */
class PluralRuleTest {

    @ParameterizedTest(name = "{0} {1} takes \"{2}\"")
    @CsvSource({
            // rule, number, suffix ("" is the plain key)
            "one_other, 0, ''", "one_other, 1, _one", "one_other, 2, ''", "one_other, 21, ''",
            // Polish: 1 tydzień, 2-4 tygodnie, 5 tygodni, 12 tygodni, 21 tygodni, 22 tygodnie
            "polish, 1, _one", "polish, 2, _few", "polish, 4, _few", "polish, 5, ''", "polish, 12, ''",
            "polish, 14, ''", "polish, 21, ''", "polish, 22, _few", "polish, 104, _few", "polish, 112, ''",
            // Ukrainian and Russian: 1 тиждень, 21 тиждень, 11 тижнів, 3 тижні, 13 тижнів, 5 тижнів
            "east_slavic, 1, _one", "east_slavic, 21, _one", "east_slavic, 101, _one", "east_slavic, 11, ''",
            "east_slavic, 111, ''", "east_slavic, 3, _few", "east_slavic, 23, _few", "east_slavic, 13, ''",
            "east_slavic, 5, ''", "east_slavic, 0, ''",
            // Lithuanian: 1 savaitė, 21 savaitė, 11 savaičių, 2-9 savaitės, 10 savaičių, 15 savaičių
            "lithuanian, 1, _one", "lithuanian, 21, _one", "lithuanian, 11, ''", "lithuanian, 2, _few",
            "lithuanian, 9, _few", "lithuanian, 29, _few", "lithuanian, 10, ''", "lithuanian, 15, ''",
            "lithuanian, 20, ''", "lithuanian, 19, ''",
    })
    void aWholeNumberTakesTheFormItsLanguageCountsWith(String rule, int number, String suffix) {
        assertEquals(suffix, PluralRule.byId(rule).suffix(BigDecimal.valueOf(number)));
    }

    @ParameterizedTest(name = "{0} {1} takes the plain form")
    @CsvSource({"one_other, 1.5", "polish, 2.5", "east_slavic, 1.5", "lithuanian, 0.5"})
    void aFractionTakesThePlainForm(String rule, String number) {
        assertEquals("", PluralRule.byId(rule).suffix(new BigDecimal(number)));
    }

    @org.junit.jupiter.api.Test
    void aWholeNumberWrittenWithADecimalIsStillWhole() {
        assertEquals("_few", PluralRule.POLISH.suffix(new BigDecimal("3.0")));
    }
}
