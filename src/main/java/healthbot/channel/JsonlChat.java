package healthbot.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import healthbot.dialogue.Bot;
import healthbot.dialogue.OutMessage;
import healthbot.dialogue.Reply;
import healthbot.dialogue.Why;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The {@code chat --jsonl} contract (design.md): one line in, exactly one JSON object out, flushed.
 * A line is plain text (chat {@code local}) or {@code {"chat": "<id>", "text": "<message>"}}; out goes
 * {@code {"chat", "replies": [{"text", "buttons"}], "intent", "confidence", "awaiting"}} in that order.
 * A line that starts with a brace but is not a message object gets the contract's error object
 * ({@code {"chat", "error", "replies": [], "intent": null, "confidence": 0.0, "awaiting": null}}) and
 * changes no session. With {@code --why} (for staff, never for residents' traffic) each answer gets
 * one more field after the contract's, {@code "why"}: how the message was graded (grade, symptom
 * group, the signs that matched, those discounted and why, how it was routed, why this number), the
 * classifier's two best guesses and the language it was read in.
 */
public final class JsonlChat {

    static final String DEFAULT_CHAT = "local";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(JsonlChat.class);

    private final Bot bot;
    private final boolean why;

    public JsonlChat(Bot bot) {
        this(bot, false);
    }

    /** @param why whether each answer carries the optional {@code "why"} field after the contract's fields */
    public JsonlChat(Bot bot, boolean why) {
        this.bot = bot;
        this.why = why;
    }

    /**
     * A parsed input line: a message for a chat, or (when {@code error} is set) a line that starts
     * with a brace but is not a message object, which no session sees.
     */
    record Input(String chat, String text, String error) {
        static Input message(String chat, String text) {
            return new Input(chat, text, null);
        }
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            out.println(answer(line));
            out.flush();
        }
    }

    /** The output line for one input line: always exactly one JSON object, whatever the line holds. */
    public String answer(String line) {
        Input input;
        try {
            input = parse(line);
        } catch (RuntimeException e) { // e.g. Jackson's limits on nesting depth or number length
            input = new Input(null, null, "not a message object: " + e.getClass().getSimpleName());
        }
        if (input.error() != null) {
            return renderError(input.chat(), input.error());
        }
        try {
            if (why) {
                Bot.Traced traced = bot.handleTraced(input.chat(), input.text());
                return render(input.chat(), traced.reply(), traced.why());
            }
            return render(input.chat(), bot.handle(input.chat(), input.text()), null);
        } catch (RuntimeException e) { // Bot.handle does not throw; this keeps the one-line promise regardless
            LOG.error("chat {}: could not write the reply: {}", input.chat(), e.getClass().getName());
            return renderError(input.chat(), "internal error");
        }
    }

    static Input parse(String line) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("{")) {
            return Input.message(DEFAULT_CHAT, line);
        }
        JsonNode node;
        try {
            node = JSON.readTree(trimmed);
        } catch (JsonProcessingException e) {
            return new Input(null, null, "invalid JSON");
        }
        if (node == null || !node.isObject()) {
            return new Input(null, null, "not a JSON object");
        }
        JsonNode chat = node.get("chat");
        String chatId;
        if (chat == null || chat.isNull()) {
            chatId = DEFAULT_CHAT;
        } else if (chat.isTextual() || chat.isNumber()) {
            chatId = chat.asText();
        } else {
            return new Input(null, null, "\"chat\" must be a string or a number");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            String given = chat == null || chat.isNull() ? null : chatId; // the line's own chat id, or none
            return new Input(given, null, text == null ? "no \"text\"" : "\"text\" must be a string");
        }
        return Input.message(chatId, text.asText());
    }

    static String renderError(String chat, String error) {
        ObjectNode o = JSON.createObjectNode();
        if (chat == null) {
            o.putNull("chat");
        } else {
            o.put("chat", chat);
        }
        o.put("error", error);
        o.putArray("replies");
        o.putNull("intent");
        o.put("confidence", 0.0);
        o.putNull("awaiting");
        return o.toString();
    }

    static String render(String chat, Reply reply, Why why) {
        ObjectNode o = JSON.createObjectNode();
        o.put("chat", chat);
        ArrayNode replies = o.putArray("replies");
        for (OutMessage m : reply.messages()) {
            ObjectNode r = replies.addObject();
            r.put("text", m.text());
            ArrayNode buttons = r.putArray("buttons");
            m.buttons().forEach(buttons::add);
        }
        o.put("intent", reply.intent());
        o.put("confidence", rounded(reply.confidence()));
        if (reply.awaiting() == null) {
            o.putNull("awaiting");
        } else {
            o.put("awaiting", reply.awaiting());
        }
        if (why != null) {
            o.set("why", whyOf(why));
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a reply as JSON", e);
        }
    }

    private static ObjectNode whyOf(Why why) {
        ObjectNode w = JSON.createObjectNode();
        Why.Triage t = why.triage();
        if (t == null) {
            w.putNull("triage");
        } else {
            ObjectNode triage = w.putObject("triage");
            triage.put("grade", t.grade());
            triage.put("group", t.group());
            t.matched().forEach(triage.putArray("matched")::add);
            t.discounted().forEach(triage.putArray("discounted")::add);
            triage.put("urgency", t.urgency());
            triage.put("because", t.because());
        }
        if (why.classifier() == null) {
            w.putNull("classifier");
        } else {
            ObjectNode c = w.putObject("classifier");
            c.put("intent", why.classifier().intent());
            c.put("confidence", rounded(why.classifier().confidence()));
            c.put("runner_up", why.classifier().runnerUp());
            c.put("runner_up_confidence", rounded(why.classifier().runnerUpConfidence()));
        }
        w.put("language", why.detected());
        w.put("answered_in", why.answeredIn());
        return w;
    }

    private static double rounded(double confidence) {
        return BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}
