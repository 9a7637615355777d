package healthbot.channel.telegram;

import healthbot.dialogue.Bot;
import healthbot.dialogue.Reply;
import healthbot.ops.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One update through the dialogue engine and back: text to {@link Bot#handle}, a button press to
 * {@link Bot#press}, {@code /forget} to {@link Bot#forget}, anything else a person sends to
 * {@link Bot#nonText}. In groups only commands for the bot and messages mentioning or replying to
 * it are answered. The Telegram chat id's decimal string is the engine's chat id.
 */
final class UpdateHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);
    /** The settings.json ui text shown when an old keyboard's button is pressed. */
    static final String STALE_BUTTONS = "stale_buttons";

    private final Bot bot;
    private final Outbox outbox;
    private final ReplyRenderer renderer;
    private final BotIdentity me;
    private final Pattern mention;
    private final Metrics metrics;

    UpdateHandler(Bot bot, Outbox outbox, ReplyRenderer renderer, BotIdentity me, Metrics metrics) {
        this.metrics = metrics;
        this.bot = bot;
        this.outbox = outbox;
        this.renderer = renderer;
        this.me = me;
        this.mention = Pattern.compile("(?i)@" + Pattern.quote(me.username()) + "\\b");
    }

    /**
     * Answers one update; {@code fence} is the chat lock's fencing token (0: no lock, one process).
     *
     * @throws healthbot.store.StaleFenceException when the chat lock was lost meanwhile: nothing was saved or sent
     */
    void handle(Update update, long fence) {
        long started = System.nanoTime();
        if (update.hasCallbackQuery()) {
            onButton(update.getCallbackQuery(), started, fence);
        } else if (update.hasMessage()) {
            onMessage(update.getMessage(), false, started, fence);
        } else if (update.hasEditedMessage()) {
            onMessage(update.getEditedMessage(), true, started, fence);
        }
        // anything else (member changes, reactions, polls) needs no answer
    }

    private void onMessage(Message m, boolean edited, long started, long fence) {
        long chatId = m.getChatId();
        boolean group = m.isGroupMessage() || m.isSuperGroupMessage();
        if (m.getFrom() != null && Boolean.TRUE.equals(m.getFrom().getIsBot())) {
            return;
        }
        if (edited || !m.hasText()) {
            if (!group) {
                send(chatId, bot.nonText(key(chatId)), started);
            }
            return;
        }
        String text = m.getText();
        if (group) {
            text = addressedText(m, text);
            if (text == null) {
                return;
            }
        }
        String command = commandOf(text);
        String appLanguage = m.getFrom() == null ? null : m.getFrom().getLanguageCode();
        Reply reply = "/forget".equals(command) ? bot.forget(key(chatId)) : bot.handle(key(chatId), text, fence, appLanguage);
        send(chatId, reply, started);
    }

    /** The text with our @mention removed when a group message is for us, else null. */
    private String addressedText(Message m, String text) {
        String command = text.startsWith("/") ? text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT) : null;
        if (command != null) {
            int at = command.indexOf('@');
            return at < 0 || command.substring(at).equals(me.mention()) ? text : null;
        }
        boolean replyToUs = m.getReplyToMessage() != null && m.getReplyToMessage().getFrom() != null
                && m.getReplyToMessage().getFrom().getId() != null && m.getReplyToMessage().getFrom().getId() == me.id();
        if (mention.matcher(text).find()) {
            return mention.matcher(text).replaceAll(" ").strip();
        }
        return replyToUs ? text : null;
    }

    private static String commandOf(String text) {
        String t = text.strip();
        if (!t.startsWith("/")) {
            return null;
        }
        String first = t.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        int at = first.indexOf('@');
        return at < 0 ? first : first.substring(0, at);
    }

    private void onButton(CallbackQuery q, long started, long fence) {
        MaybeInaccessibleMessage pressedOn = q.getMessage();
        if (pressedOn == null || pressedOn.getChatId() == null) {
            outbox.answer(0, "button", AnswerCallbackQuery.builder().callbackQueryId(q.getId()).build());
            return; // a button on an inline-mode message: not ours
        }
        long chatId = pressedOn.getChatId();
        Optional<Reply> reply = CallbackData.parse(q.getData())
                .flatMap(d -> bot.press(key(chatId), d.offerId(), d.index(), fence));
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer = AnswerCallbackQuery.builder().callbackQueryId(q.getId());
        if (reply.isEmpty()) {
            answer.text(bot.uiText(key(chatId), STALE_BUTTONS));
        }
        outbox.answer(chatId, reply.map(Reply::intent).orElse("stale_button"), answer.build());
        if (pressedOn instanceof Message) {
            // the question is answered (or out of date): take its keyboard away so it is not pressed again
            outbox.send(chatId, reply.map(Reply::intent).orElse("stale_button"), EditMessageReplyMarkup.builder()
                    .chatId(chatId).messageId(pressedOn.getMessageId()).build());
        }
        reply.ifPresent(r -> send(chatId, r, started));
    }

    private void send(long chatId, Reply reply, long started) {
        for (SendMessage message : renderer.render(chatId, reply)) {
            if (outbox.send(chatId, reply.intent(), message).isEmpty()) {
                return; // the rest would make no sense without the part that failed (already logged)
            }
        }
        metrics.message(reply.intent(), reply.kind().name(), reply.outcome(), reply.language(), System.nanoTime() - started);
        // intent, outcome and timing only: never the message text (health questions are sensitive)
        LOG.info("chat {} intent={} outcome={} awaiting={} sent in {} ms", chatId, reply.intent(), reply.outcome(),
                reply.awaiting(), (System.nanoTime() - started) / 1_000_000);
    }

    private static String key(long chatId) {
        return Long.toString(chatId);
    }
}
