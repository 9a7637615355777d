package healthbot.channel.telegram;

import healthbot.dialogue.OutMessage;
import healthbot.dialogue.Reply;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Reply} into Telegram messages: HTML parse mode with the text escaped, long
 * texts split, each message's buttons as an inline keyboard (one button per row, labels are
 * long) on its last piece. A button's index counts across the whole reply, as {@link Reply#buttons()}.
 */
final class ReplyRenderer {

    private final int maxChars;

    ReplyRenderer() {
        this(TextSplitter.TELEGRAM_LIMIT);
    }

    ReplyRenderer(int maxChars) {
        this.maxChars = maxChars;
    }

    List<SendMessage> render(long chatId, Reply reply) {
        List<SendMessage> out = new ArrayList<>();
        int index = 0;
        for (OutMessage m : reply.messages()) {
            InlineKeyboardMarkup keyboard = keyboard(reply.offerId(), m.buttons(), index);
            index += m.buttons().size();
            String text = m.text() == null || m.text().isBlank() ? "…" : m.text();
            List<String> pieces = TextSplitter.split(text, maxChars);
            for (int i = 0; i < pieces.size(); i++) {
                SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder()
                        .chatId(chatId)
                        .text(HtmlEscaper.escape(pieces.get(i)))
                        .parseMode(ParseMode.HTML);
                if (keyboard != null && i == pieces.size() - 1) {
                    b.replyMarkup(keyboard);
                }
                out.add(b.build());
            }
        }
        return out;
    }

    /**
     * The inline keyboard of {@code labels} (one button per row), numbered from {@code firstIndex} in
     * the offer {@code offerId}; null when there are no labels (no keyboard: Telegram removes one).
     */
    InlineKeyboardMarkup keyboard(int offerId, List<String> labels, int firstIndex) {
        if (labels.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = new ArrayList<>();
        int index = firstIndex;
        for (String label : labels) {
            String data = new CallbackData(offerId, index++).encode();
            rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text(label).callbackData(data).build()));
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
