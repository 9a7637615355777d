package healthbot.channel.telegram;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSplitterTest {

    @Test
    void shortTextStaysOneMessage() {
        assertEquals(List.of("Hei\n\nhallo"), TextSplitter.split("Hei\n\nhallo", 4096));
    }

    @Test
    void longTextIsSplitOnParagraphBoundaries() {
        String p = "x".repeat(3000);
        List<String> parts = TextSplitter.split(p + "\n\n" + p + "\n\n" + "end", 4096);
        assertEquals(List.of(p, p + "\n\nend"), parts);
    }

    @Test
    void overlongParagraphIsCutAtLinesThenWordsAndNothingIsLost() {
        String words = "word ".repeat(2000).strip(); // 9999 characters, no line breaks
        List<String> parts = TextSplitter.split(words, 4096);
        assertTrue(parts.stream().allMatch(s -> s.length() <= 4096));
        assertTrue(parts.stream().allMatch(s -> s.startsWith("word") && s.endsWith("word")));
        assertEquals(words.replace(" ", ""), String.join("", parts).replace(" ", ""));
    }

    @Test
    void hardCutNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        String text = "a" + emoji.repeat(10);
        List<String> parts = TextSplitter.split(text, 4);
        assertEquals(text, String.join("", parts));
        assertTrue(parts.stream().noneMatch(s -> Character.isHighSurrogate(s.charAt(s.length() - 1))));
    }
}
