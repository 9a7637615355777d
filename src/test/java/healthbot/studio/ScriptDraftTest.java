package healthbot.studio;

import healthbot.dialogue.OutMessage;
import healthbot.dialogue.Reply;
import healthbot.dialogue.ReplyKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptDraftTest {

    @Test
    void phoneNumbersWrittenInGroupsStayWholeAndPunctuationIsDropped() {
        assertEquals(List.of("113", "116 117", "69 11 77 99"),
                ScriptDraft.numbersOf("Call 113. Legevakt: 116 117, emergency dentist 69 11 77 99."));
    }

    @Test
    void percentagesAmountsYearsAndCodesAreCheckedAsWritten() {
        assertEquals(List.of("75", "2025", "2018", "F70–F79", "2.30", "20", "ICD-10"),
                ScriptDraft.numbersOf("a 75 % discount; the limit was NOK 2025 in 2018 (F70–F79), NOK 2.30 per km, "
                        + "20-year-olds, ICD-10"));
    }

    @Test
    void theSourceLineAndNumbersTheUserTypedAreNotChecked() {
        String line = "Source: Municipal physiotherapy service page (updated 04.05.2020)";
        Reply reply = new Reply(List.of(new OutMessage("You turn 20 in 2026, so in Østfold the discount is 75 %.\n\n" + line,
                List.of(), line)), ReplyKind.ANSWER, "dental_free", 1.0, null, 1, "YOUTH_DISCOUNT", "en", Set.of("physio"), false);
        assertEquals(List.of("20", "75"), ScriptDraft.numbersIn(reply, "born 2006, it is 2026"));
    }
}
