package healthbot.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberMaskTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "my number is 01019012345             | my number is ###########",
            "fnr 010190 12345 please              | fnr ###### ##### please",
            "account 12345678901234               | account ##############",
            "call 69 11 77 99                     | call 69 11 77 99",
            "I was born in 2007 and paid 1500 kr  | I was born in 2007 and paid 1500 kr",
            "810 59 500                           | 810 59 500",
            "123456 1234                          | 123456 1234",
            "1234567890                           | 1234567890",
    })
    void masksIdentityAndAccountNumbersOnly(String text, String expected) {
        assertEquals(expected, NumberMask.mask(text));
    }
}
