package healthbot.staff;

import healthbot.testsupport.Gen;
import healthbot.testsupport.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the review inbox masks, and what it keeps so that staff still see what was asked. */
class ReviewMaskTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fødselsnummer 01019012345 her                 | fødselsnummer <id-number> her
            010190 12345                                  | <id-number>
            ###########                                   | <id-number>
            ring meg på 98765432                          | ring meg på <phone>
            ring 22 33 44 55 i morgen                     | ring <phone> i morgen
            +47 915-12-345                                | <phone>
            0047 91512345                                 | <phone>
            mail ola.nordmann@example.no takk             | mail <email> takk
            se https://www.helsenorge.no/fastlege?x=1 nå  | se <url> nå
            se www.baerum.kommune.no                      | se <url>
            born i 2019                                   | born i <number>
            Storgata 123B                                 | Storgata <number>B
            koster det 450 kr                             | koster det <number> kr
            min sønn er 7 år                              | min sønn er 7 år
            vi er 2 voksne og 12 barn                     | vi er 2 voksne og 12 barn
            ring 113                                      | ring <number>
            رقمي ٩٨٧٦٥٤٣٢                                 | رقمي <phone>
            kan jeg bytte fastlege?                       | kan jeg bytte fastlege?
            """)
    void maskingReplacesWhatCouldIdentifyAPersonAndKeepsTheRest(String text, String masked) {
        assertEquals(masked, ReviewMask.mask(text));
    }

    @Test
    void nullStaysNull() {
        assertNull(ReviewMask.mask(null));
    }

    private static final Pattern THREE_DIGITS = Pattern.compile("\\p{Nd}{3}");

    @Test
    void noRunOfThreeOrMoreDigitsSurvivesMaskingInAnyText() {
        Gen<Character> chars = Gen.frequency(Gen.weighted(6, Gen.charsOf("0123456789٠١٢٣٤٥٦٧٨٩")),
                Gen.weighted(3, Gen.charsOf(" -.+#@/:")), Gen.weighted(3, Gen.charsOf("abwøh")), Gen.weighted(1, Gen.anyChar()));
        Property.forAll(Gen.strings(chars, 0, 60)).tries(1_000).check(text -> {
            String masked = ReviewMask.mask(text);
            assertFalse(THREE_DIGITS.matcher(masked).find(), () -> "'" + text + "' was masked as '" + masked + "'");
        });
    }
}
