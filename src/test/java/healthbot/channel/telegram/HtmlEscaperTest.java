package healthbot.channel.telegram;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlEscaperTest {

    @Test
    void escapesOnlyAmpersandAndAngleBrackets() {
        assertEquals("&lt;b&gt;x&lt;/b&gt; &amp; &amp;amp; \"q\" 'a'", HtmlEscaper.escape("<b>x</b> & &amp; \"q\" 'a'"));
    }

    @Test
    void leavesNorwegianLettersAndPhoneNumbersAlone() {
        assertEquals("Ring 116 117 i Bærum, Østfold, på nå", HtmlEscaper.escape("Ring 116 117 i Bærum, Østfold, på nå"));
    }
}
