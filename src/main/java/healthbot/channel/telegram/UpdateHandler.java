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
     * Answers one update and sends the answer; {@code fence} is the chat lock's fencing token (0:
     * no lock, one process).
     *
     * @throws healthbot.store.StaleFenceException when the chat lock was lost meanwhile: nothing was saved or sent
     */
    void handle(Update update, long fence) {
        prepare(update, fence).send();
    }

    /**
     * Answers one update through the engine (its session saved) and returns what to send, without
     * sending it: {@link Delivery} decides whether it may go out (see there).
     *
     * @throws healthbot.store.StaleFenceException when the chat lock was lost meanwhile: nothing was saved
     */
    Delivery.Outgoing prepare(Update update, long fence) {
        long started = System.nanoTime();
        if (update.hasCallbackQuery()) {
            return onButton(update.getCallbackQuery(), started, fence);
        } else if (update.hasMessage()) {
            return onMessage(update.getMessage(), false, started, fence);
        } else if (update.hasEditedMessage()) {
            return onMessage(update.getEditedMessage(), true, started, fence);
        }
        return Delivery.Outgoing.NOTHING; // anything else (member changes, reactions, polls) needs no answer
    }

    private Delivery.Outgoing onMessage(Message m, boolean edited, long started, long fence) {
        long chatId = m.getChatId();
        boolean group = m.isGroupMessage() || m.isSuperGroupMessage();
        if (m.getFrom() != null && Boolean.TRUE.equals(m.getFrom().getIsBot())) {
            return Delivery.Outgoing.NOTHING;
        }
        if (edited || !m.hasText()) {
            if (group) {
                return Delivery.Outgoing.NOTHING;
            }
            Reply reply = bot.nonText(key(chatId));
            return () -> send(chatId, reply, started);
        }
        String text = m.getText();
        if (group) {
            text = addressedText(m, text);
            if (text == null) {
                return Delivery.Outgoing.NOTHING;
            }
        }
        String command = commandOf(text);
        String appLanguage = m.getFrom() == null ? null : m.getFrom().getLanguageCode();
        Reply reply = "/forget".equals(command) ? bot.forget(key(chatId)) : bot.handle(key(chatId), text, fence, appLanguage);
        return () -> send(chatId, reply, started);
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

    private Delivery.Outgoing onButton(CallbackQuery q, long started, long fence) {
        MaybeInaccessibleMessage pressedOn = q.getMessage();
        if (pressedOn == null || pressedOn.getChatId() == null) {
            // a button on an inline-mode message: not ours
            return () -> outbox.answer(0, "button", AnswerCallbackQuery.builder().callbackQueryId(q.getId()).build());
        }
        long chatId = pressedOn.getChatId();
        Optional<Reply> reply = CallbackData.parse(q.getData())
                .flatMap(d -> bot.press(key(chatId), d.offerId(), d.index(), fence));
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer = AnswerCallbackQuery.builder().callbackQueryId(q.getId());
        if (reply.isEmpty()) {
            answer.text(bot.uiText(key(chatId), STALE_BUTTONS));
        }
        if (reply.isPresent() && reply.get().rated() != null && pressedOn instanceof Message) {
            return thanked(chatId, (Message) pressedOn, reply.get(), answer, started);
        }
        AnswerCallbackQuery answered = answer.build();
        String intent = reply.map(Reply::intent).orElse("stale_button");
        return () -> {
            outbox.answer(chatId, intent, answered);
            if (pressedOn instanceof Message) {
                // the question is answered (or out of date): take its keyboard away so it is not pressed again
                outbox.send(chatId, intent, EditMessageReplyMarkup.builder()
                        .chatId(chatId).messageId(pressedOn.getMessageId()).build());
            }
            reply.ifPresent(r -> send(chatId, r, started));
        };
    }

    /**
     * A "was this helpful?" press: the thanks is the callback's notice (no new message in the
     * chat), and the answer keeps its other buttons under the new offer, without the rating ones.
     */
    private Delivery.Outgoing thanked(long chatId, Message pressedOn, Reply reply,
                                      AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer, long started) {
        AnswerCallbackQuery answered = answer.text(reply.messages().get(0).body()).build();
        EditMessageReplyMarkup kept = EditMessageReplyMarkup.builder().chatId(chatId).messageId(pressedOn.getMessageId())
                .replyMarkup(renderer.keyboard(reply.offerId(), reply.buttons(), 0)).build();
        return () -> {
            outbox.answer(chatId, reply.intent(), answered);
            outbox.send(chatId, reply.intent(), kept);
            metrics.message(reply.intent(), reply.kind().name(), reply.outcome(), reply.language(), System.nanoTime() - started);
            LOG.info("chat {} intent={} rated={} helpful={}", chatId, reply.intent(), reply.rated().intent(), reply.rated().helpful());
        };
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
