package healthbot.channel.telegram;

import healthbot.dialogue.OutMessage;
import healthbot.dialogue.Reply;
import healthbot.dialogue.ReplyKind;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReplyRendererTest {

    @Test
    void buttonIndexesCountAcrossTheWholeReplyAndCarryTheOfferId() {
        Reply reply = new Reply(List.of(new OutMessage("first", List.of("A", "B")), new OutMessage("second", List.of("C"))),
                ReplyKind.ANSWER, "x", 1, null, 42, null, "en", Set.of(), false);
        List<SendMessage> out = new ReplyRenderer().render(7, reply);
        assertEquals("b:42:1", keyboard(out.get(0)).getKeyboard().get(1).get(0).getCallbackData());
        assertEquals("b:42:2", keyboard(out.get(1)).getKeyboard().get(0).get(0).getCallbackData());
        assertEquals("C", keyboard(out.get(1)).getKeyboard().get(0).get(0).getText());
    }

    @Test
    void textIsEscapedAndTheKeyboardGoesOnTheLastPiece() {
        String p = "a<b>&".repeat(10);
        Reply reply = new Reply(List.of(new OutMessage(p + "\n\n" + p, List.of("Yes"))), ReplyKind.ANSWER, "x", 1, null, 1, null, "en",
                Set.of(), false);
        List<SendMessage> out = new ReplyRenderer(60).render(7, reply);
        assertEquals(2, out.size());
        assertEquals("a&lt;b&gt;&amp;".repeat(10), out.get(0).getText());
        assertNull(out.get(0).getReplyMarkup());
        assertEquals("Yes", keyboard(out.get(1)).getKeyboard().get(0).get(0).getText());
        assertEquals("7", out.get(1).getChatId());
    }

    private static InlineKeyboardMarkup keyboard(SendMessage m) {
        return (InlineKeyboardMarkup) m.getReplyMarkup();
    }
}
