package healthbot.channel.telegram;

import healthbot.dialogue.Bot;
import healthbot.dialogue.OutMessage;
import healthbot.dialogue.Reply;
import healthbot.dialogue.ReplyKind;
import healthbot.ops.Metrics;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.util.List;
import java.util.Set;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class UpdateHandlerTest {

    private final Bot bot = mock(Bot.class);
    private final Outbox outbox = mock(Outbox.class);
    private final UpdateHandler handler = new UpdateHandler(bot, outbox, new ReplyRenderer(), new BotIdentity(99, "hb_bot"), Metrics.create());
    private static final Reply REPLY = new Reply(List.of(new OutMessage("ok", List.of())), ReplyKind.ANSWER, "help", 1.0, null, 1,
            null, "en", Set.of(), false);

    private static Message message(long chat, String type, String text) {
        Message m = new Message();
        m.setMessageId(5);
        m.setDate(1);
        m.setChat(Chat.builder().id(chat).type(type).build());
        m.setText(text);
        return m;
    }

    private static Update withMessage(Message m) {
        Update u = new Update();
        u.setUpdateId(1);
        u.setMessage(m);
        return u;
    }

    @Test
    void privateTextGoesToTheEngineUnderTheDecimalChatId() {
        when(bot.handle(eq("-1001"), eq("hello"), eq(0L), any())).thenReturn(REPLY);
        when(outbox.send(anyLong(), anyString(), any(SendMessage.class))).thenReturn(Optional.of(new Message()));
        handler.handle(withMessage(message(-1001, "private", "hello")), 0);
        verify(outbox).send(eq(-1001L), eq("help"), any(SendMessage.class));
    }

    @Test
    void forgetCommandDeletesTheSession() {
        when(bot.forget("7")).thenReturn(REPLY);
        handler.handle(withMessage(message(7, "private", "/forget")), 0);
        verify(bot).forget("7");
        verify(bot, never()).handle(anyString(), anyString(), anyLong(), any());
    }

    @Test
    void groupMessagesNotForTheBotAreIgnored() {
        handler.handle(withMessage(message(-5, "group", "anyone know a dentist?")), 0);
        handler.handle(withMessage(message(-5, "supergroup", "/help@other_bot")), 0);
        handler.handle(withMessage(message(-5, "group", null)), 0); // a photo in a group
        verifyNoInteractions(bot);
    }

    @Test
    void groupMentionIsAnsweredWithoutTheMention() {
        when(bot.handle(eq("-5"), eq("is the dentist free?"), eq(0L), any())).thenReturn(REPLY);
        handler.handle(withMessage(message(-5, "group", "@HB_bot is the dentist free?")), 0);
        verify(bot).handle(eq("-5"), eq("is the dentist free?"), eq(0L), any());
    }

    @Test
    void editedMessagesAndPhotosGetTheNonTextReply() {
        when(bot.nonText("7")).thenReturn(REPLY);
        Update edited = new Update();
        edited.setEditedMessage(message(7, "private", "changed"));
        handler.handle(edited, 0);
        handler.handle(withMessage(message(7, "private", null)), 0);
        verify(bot, org.mockito.Mockito.times(2)).nonText("7");
    }

    @Test
    void staleButtonIsAnsweredWithANoticeAndNoReply() {
        when(bot.press("7", 3, 0, 0)).thenReturn(Optional.empty());
        when(bot.uiText("7", UpdateHandler.STALE_BUTTONS)).thenReturn("These buttons are out of date.");
        CallbackQuery q = new CallbackQuery();
        q.setId("q1");
        q.setData("b:3:0");
        q.setMessage(message(7, "private", "old"));
        Update u = new Update();
        u.setCallbackQuery(q);
        handler.handle(u, 0);
        ArgumentCaptor<AnswerCallbackQuery> answer = ArgumentCaptor.forClass(AnswerCallbackQuery.class);
        verify(outbox).answer(eq(7L), anyString(), answer.capture());
        assertEquals("These buttons are out of date.", answer.getValue().getText());
        verify(outbox, never()).send(anyLong(), anyString(), any(SendMessage.class));
    }

    @Test
    void forgedCallbackDataNeverReachesTheEngine() {
        CallbackQuery q = new CallbackQuery();
        q.setId("q1");
        q.setData("b:1:0;DROP TABLE");
        q.setMessage(message(7, "private", "old"));
        Update u = new Update();
        u.setCallbackQuery(q);
        handler.handle(u, 0);
        verify(bot, never()).press(anyString(), anyInt(), anyInt(), anyLong());
        verify(bot, never()).handle(anyString(), anyString(), anyLong(), any());
    }

}
