package healthbot.studio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptTextTest {

    @Test
    void aFileNameFromATitleIsPlainLettersDigitsAndUnderscoresAndNeverAPath() {
        assertEquals("tannlege_gratis_for_19_aringer", ScriptText.fileStem("Tannlege gratis for 19-åringer?"));
        assertEquals("etc_passwd", ScriptText.fileStem("../../etc/passwd"));
        assertEquals("c_windows_system32", ScriptText.fileStem("C:\\Windows\\System32"));
        assertEquals("orsdal_o_ae", ScriptText.fileStem("Ørsdal ø æ"));
        assertEquals("studio_script", ScriptText.fileStem("../.."));
        assertEquals("studio_script", ScriptText.fileStem("🙂"));
    }

    @Test
    void aTitleBecomesOneLineWithoutControlCharacters() {
        assertEquals("a b c", ScriptText.oneLine(" a\nb\u0000\u2028c\r\n"));
        assertEquals(ScriptText.MAX_TITLE, ScriptText.oneLine("x".repeat(500)).length());
    }
}
