package healthbot.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import healthbot.dialogue.Bot;
import healthbot.dialogue.OutMessage;
import healthbot.dialogue.Reply;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The {@code chat --jsonl} contract (design.md): one line in, exactly one JSON object out, flushed.
 * A line is plain text (chat {@code local}) or {@code {"chat": "<id>", "text": "<message>"}}; out goes
 * {@code {"chat", "replies": [{"text", "buttons"}], "intent", "confidence", "awaiting"}} in that order.
 */
public final class JsonlChat {

    static final String DEFAULT_CHAT = "local";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Bot bot;

    public JsonlChat(Bot bot) {
        this.bot = bot;
    }

    /** A parsed input line. */
    record Input(String chat, String text) {}

    public void run(BufferedReader in, PrintStream out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            out.println(answer(line));
            out.flush();
        }
    }

    /** The output line for one input line. */
    public String answer(String line) {
        Input input = parse(line);
        return render(input.chat(), bot.handle(input.chat(), input.text()));
    }

    static Input parse(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            try {
                JsonNode node = JSON.readTree(trimmed);
                if (node.isObject() && node.has("text")) {
                    JsonNode chat = node.get("chat");
                    String chatId = chat == null || chat.isNull() ? DEFAULT_CHAT : chat.asText();
                    JsonNode text = node.get("text");
                    return new Input(chatId, text.isNull() ? "" : text.asText());
                }
            } catch (JsonProcessingException e) {
                // not JSON after all: a message that happens to start with a brace
            }
        }
        return new Input(DEFAULT_CHAT, line);
    }

    static String render(String chat, Reply reply) {
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
        o.put("confidence", BigDecimal.valueOf(reply.confidence()).setScale(3, RoundingMode.HALF_UP).doubleValue());
        if (reply.awaiting() == null) {
            o.putNull("awaiting");
        } else {
            o.put("awaiting", reply.awaiting());
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a reply as JSON", e);
        }
    }
}
