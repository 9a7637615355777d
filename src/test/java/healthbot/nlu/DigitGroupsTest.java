package healthbot.nlu;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class DigitGroupsTest {

    @Test
    void aGroupedPhoneNumberAlsoAppearsWhole() {
        assertEquals(List.of("call", "116", "117", "now", "116117"), DigitGroups.join(List.of("call", "116", "117", "now")));
        assertEquals(List.of("69", "11", "77", "99", "69117799"), DigitGroups.join(List.of("69", "11", "77", "99")));
    }

    @Test
    void separateRunsAreJoinedSeparately() {
        assertEquals(List.of("113", "or", "116", "117", "116117"), DigitGroups.join(List.of("113", "or", "116", "117")));
        assertEquals(List.of("1", "2", "x", "3", "4", "12", "34"), DigitGroups.join(List.of("1", "2", "x", "3", "4")));
    }

    @Test
    void tokensWithoutADigitRunComeBackUnchanged() {
        List<String> tokens = List.of("i", "be", "19", "year", "old");
        assertSame(tokens, DigitGroups.join(tokens));
        assertSame(List.<String>of(), DigitGroups.join(List.of()));
    }
}
