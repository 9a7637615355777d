package healthbot.dialogue;

import org.junit.jupiter.api.Test;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Phone numbers and hours keep their written order inside right-to-left text. */
class BidiTextTest {

    /** The runs of a paragraph in the order a right-to-left display shows them, left to right. */
    private static List<String> visualRuns(String paragraph) {
        Bidi bidi = new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT);
        int n = bidi.getRunCount();
        byte[] levels = new byte[n];
        Object[] runs = new Object[n];
        for (int i = 0; i < n; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = paragraph.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
        }
        Bidi.reorderVisually(levels, 0, runs, 0, n);
        List<String> out = new ArrayList<>();
        for (Object r : runs) {
            String s = ((String) r).replace(String.valueOf(BidiText.LRI), "").replace(String.valueOf(BidiText.PDI), "").strip();
            if (!s.isEmpty() && s.chars().anyMatch(Character::isDigit)) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void withoutIsolatesAnArabicParagraphShowsThePhoneNumberGroupsReversed() {
        assertEquals(List.of("99", "77", "11", "69"), visualRuns("اتصل بالرقم 69 11 77 99 الآن"));
    }

    @Test
    void isolatedNumbersAreShownInTheirWrittenOrder() {
        assertEquals(List.of("69 11 77 99"), visualRuns(BidiText.isolateNumbers("اتصل بالرقم 69 11 77 99 الآن")));
        assertEquals(List.of("116 117"), visualRuns(BidiText.isolateNumbers("اتصل بـ 116 117")));
        assertEquals(List.of("11.00–14.00"), visualRuns(BidiText.isolateNumbers("من 11.00–14.00")));
        List<String> both = visualRuns(BidiText.isolateNumbers("اتصل 116 117 أو 113"));
        assertEquals(List.of("113", "116 117"), both, "two numbers: each in order, the sentence right to left");
    }

    @Test
    void isolatingTwiceChangesNothingAndTextWithoutNumbersIsUntouched() {
        String once = BidiText.isolateNumbers("رقم 113");
        assertEquals(once, BidiText.isolateNumbers(once));
        assertEquals("لا أرقام", BidiText.isolateNumbers("لا أرقام"));
        assertNotEquals("رقم 113", once);
    }
}
