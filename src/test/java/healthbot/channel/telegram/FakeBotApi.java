package healthbot.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests and manual runs: serves
 * {@code getUpdates} (honouring {@code offset}, {@code limit} and {@code timeout}),
 * {@code sendMessage} (rejecting text that is not valid Telegram HTML, as Telegram does),
 * {@code editMessageReplyMarkup}, {@code answerCallbackQuery}, {@code setMyCommands},
 * {@code deleteWebhook}, {@code getWebhookInfo}, {@code setWebhook} and {@code getMe}, records
 * every call, and fails the next calls of a method on request (429 with retry_after, 500). Like
 * Telegram, a {@code getUpdates} that arrives while another one is waiting ends the waiting one
 * with {@code 409 Conflict} (two processes polling one bot).
 *
 * <p>Manual run (two terminals): {@code mvn -q -DskipTests package && mvn -q test-compile}, then
 * {@code java -cp target/test-classes:target/healthbot.jar healthbot.channel.telegram.FakeBotApiConsole 8081}
 * and in the other {@code TELEGRAM_API_URL=http://127.0.0.1:8081 TELEGRAM_BOT_TOKEN=<printed token>
 * java -jar target/healthbot.jar telegram}. Type messages in the first; a number presses that button.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123456789:TEST-token-for-the-fake-Bot-API-server0";
    public static final String USERNAME = "healthbot_test_bot";
    public static final long BOT_ID = 123456789L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern BARE_AMPERSAND = Pattern.compile("&(?!(amp|lt|gt|quot|#\\d+|#x[0-9a-fA-F]+);)");

    /** One request the bot made, with what the fake answered. */
    public record Call(String method, JsonNode body, int status, long atNanos) {}

    /** A button of a sent message. */
    public record Button(String label, String data) {}

    /** A message the bot sent. */
    public record Sent(long chatId, int messageId, String text, String parseMode, List<Button> buttons) {}

    private record Failure(int status, int retryAfter) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-bot-api");
        t.setDaemon(true);
        return t;
    });
    private final String token;
    private final List<ObjectNode> pending = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private final Map<String, Deque<Failure>> failures = new HashMap<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final AtomicInteger nextMessageId = new AtomicInteger(1000);
    private volatile String webhookUrl = "";
    private long pollGeneration;
    private volatile Consumer<Sent> onSent = s -> { };

    public FakeBotApi() throws IOException {
        this(0, TOKEN);
    }

    public FakeBotApi(int port, String token) throws IOException {
        // without it the JDK server's split writes meet delayed ACKs: every call would take 40 ms
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.token = token;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/", this::exchange);
        server.setExecutor(threads);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- what users do --------------------------------------------------------------------

    /** A private text message; returns its update id. */
    public int text(long chatId, String text) {
        return enqueue(update(message(chatId, "private", text)));
    }

    /** A private text message from a user whose Telegram app is set to {@code languageCode} ("ar", "nb-NO"). */
    public int text(long chatId, String text, String languageCode) {
        ObjectNode m = message(chatId, "private", text);
        ((ObjectNode) m.get("from")).put("language_code", languageCode);
        return enqueue(update(m));
    }

    /** A text message in a group chat. */
    public int groupText(long chatId, String text) {
        return enqueue(update(message(chatId, "group", text)));
    }

    public int photo(long chatId) {
        ObjectNode m = message(chatId, "private", null);
        ArrayNode photo = m.putArray("photo");
        photo.addObject().put("file_id", "photo1").put("file_unique_id", "u1").put("width", 90).put("height", 90);
        return enqueue(update(m));
    }

    /** Presses a button of a message the bot sent. */
    public int press(Sent message, String label) {
        Button b = message.buttons().stream().filter(x -> x.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + message.buttons()));
        return enqueue(callback(message.chatId(), message.messageId(), b.data()));
    }

    public ObjectNode callback(long chatId, int messageId, String data) {
        int id = nextUpdateId.getAndIncrement();
        ObjectNode u = NODES.objectNode().put("update_id", id);
        ObjectNode q = u.putObject("callback_query");
        q.put("id", "cq" + id).put("chat_instance", "ci" + chatId).put("data", data);
        q.set("from", user(chatId));
        ObjectNode m = q.putObject("message");
        m.put("message_id", messageId).put("date", 1_790_000_000).put("text", "(an earlier message)");
        m.set("chat", chat(chatId, "private"));
        m.set("from", NODES.objectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Healthbot"));
        return u;
    }

    /** A new update wrapping a message object (takes the next update id). */
    public ObjectNode update(ObjectNode message) {
        ObjectNode u = NODES.objectNode().put("update_id", nextUpdateId.getAndIncrement());
        u.set("message", message);
        return u;
    }

    public ObjectNode message(long chatId, String chatType, String text) {
        ObjectNode m = NODES.objectNode();
        m.put("message_id", nextMessageId.getAndIncrement()).put("date", 1_790_000_000);
        m.set("chat", chat(chatId, chatType));
        m.set("from", user(chatId));
        if (text != null) {
            m.put("text", text);
            if (text.startsWith("/")) {
                m.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                        .put("length", text.split("\\s+", 2)[0].length());
            }
        }
        return m;
    }

    /** Puts updates in the queue; when several are given they come in one getUpdates batch. */
    public synchronized int enqueue(ObjectNode... updates) {
        for (ObjectNode u : updates) {
            pending.add(u);
        }
        notifyAll();
        return updates[updates.length - 1].get("update_id").asInt();
    }

    // ---- scripting the server -------------------------------------------------------------

    /** The next call of {@code method} fails with this status (429 carries {@code retry_after}). */
    public synchronized void failNext(String method, int status, int retryAfter) {
        failures.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Failure(status, retryAfter));
    }

    public void setWebhookUrl(String url) {
        webhookUrl = url;
    }

    public void onSent(Consumer<Sent> listener) {
        onSent = listener;
    }

    // ---- what the bot did -----------------------------------------------------------------

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public synchronized List<Sent> sent(long chatId) {
        return sent.stream().filter(s -> s.chatId() == chatId).toList();
    }

    public synchronized List<Sent> allSent() {
        return List.copyOf(sent);
    }

    /** Waits until the chat has received at least {@code count} messages; returns them all. */
    public List<Sent> awaitSent(long chatId, int count) throws InterruptedException, TimeoutException {
        return await(() -> sent(chatId).size() >= count, () -> sent(chatId), "chat " + chatId + " to get " + count
                + " messages");
    }

    /** Waits (at most {@code wait}) until {@code count} messages have been sent over all chats. */
    public List<Sent> awaitAllSent(int count, Duration wait) throws InterruptedException, TimeoutException {
        return await(() -> sent.size() >= count, this::allSent, count + " replies over all chats", wait);
    }

    public List<Call> awaitCalls(String method, int count) throws InterruptedException, TimeoutException {
        return await(() -> calls(method).size() >= count, () -> calls(method), count + " calls of " + method);
    }

    /** Waits until every queued update has been taken and confirmed by a later getUpdates. */
    public void awaitConfirmed() throws InterruptedException, TimeoutException {
        await(() -> {
            synchronized (this) {
                return pending.isEmpty();
            }
        }, () -> null, "all updates to be confirmed");
    }

    private <T> T await(java.util.function.BooleanSupplier done, java.util.function.Supplier<T> result,
                        String what) throws InterruptedException, TimeoutException {
        return await(done, result, what, Duration.ofSeconds(10));
    }

    private synchronized <T> T await(java.util.function.BooleanSupplier done, java.util.function.Supplier<T> result,
                                     String what, Duration wait) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("waited " + wait.toSeconds() + " s for " + what + "; calls so far: "
                        + calls.stream().map(Call::method).toList());
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return result.get();
    }

    // ---- the HTTP side --------------------------------------------------------------------

    private void exchange(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith(prefix)) {
                reply(ex, 401, error(401, "Unauthorized"));
                return;
            }
            String method = canonical(path.substring(prefix.length())); // Telegram ignores the case
            byte[] raw = ex.getRequestBody().readAllBytes();
            String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
            JsonNode body = type.startsWith("application/json") && raw.length > 0 ? JSON.readTree(raw) : NODES.objectNode();
            Failure failure;
            synchronized (this) {
                Deque<Failure> f = failures.get(method);
                failure = f == null ? null : f.poll();
            }
            if (failure != null) {
                record(method, body, failure.status());
                ObjectNode e = error(failure.status(), failure.status() == 429
                        ? "Too Many Requests: retry after " + failure.retryAfter() : "Internal Server Error");
                if (failure.status() == 429) {
                    e.putObject("parameters").put("retry_after", failure.retryAfter());
                }
                reply(ex, failure.status(), e);
                return;
            }
            JsonNode result;
            switch (method) {
                case "getUpdates" -> {
                    result = getUpdates(body);
                    if (result == null) {
                        reply(ex, 409, error(409, "Conflict: terminated by other getUpdates request; make sure that"
                                + " only one bot instance is running"));
                        return;
                    }
                }
                case "sendMessage" -> {
                    String problem = htmlProblem(body);
                    if (problem != null) {
                        record(method, body, 400);
                        reply(ex, 400, error(400, "Bad Request: can't parse entities: " + problem));
                        return;
                    }
                    result = sendMessage(body);
                }
                case "getMe" -> result = NODES.objectNode().put("id", BOT_ID).put("is_bot", true)
                        .put("first_name", "Healthbot").put("username", USERNAME);
                case "getWebhookInfo" -> result = NODES.objectNode().put("url", webhookUrl)
                        .put("has_custom_certificate", false).put("pending_update_count", 0);
                case "deleteWebhook" -> {
                    webhookUrl = "";
                    result = NODES.booleanNode(true);
                }
                case "setWebhook", "editMessageReplyMarkup", "answerCallbackQuery", "setMyCommands" ->
                        result = NODES.booleanNode(true);
                default -> {
                    record(method, body, 404);
                    reply(ex, 404, error(404, "Not Found"));
                    return;
                }
            }
            if (!method.equals("getUpdates")) {
                record(method, body, 200);
            }
            ObjectNode ok = NODES.objectNode().put("ok", true);
            ok.set("result", result);
            reply(ex, 200, ok);
        }
    }

    private static final List<String> METHODS = List.of("getUpdates", "sendMessage", "getMe", "getWebhookInfo",
            "deleteWebhook", "setWebhook", "editMessageReplyMarkup", "answerCallbackQuery", "setMyCommands");

    private static String canonical(String method) {
        return METHODS.stream().filter(m -> m.equalsIgnoreCase(method)).findFirst().orElse(method);
    }

    /** @return the updates, or null when a later getUpdates (another poller) terminated this one: 409 */
    private JsonNode getUpdates(JsonNode body) {
        long offset = body.path("offset").asLong(0);
        int limit = body.path("limit").asInt(100);
        long timeoutMs = body.path("timeout").asLong(0) * 1000;
        ArrayNode result = NODES.arrayNode();
        synchronized (this) {
            // like Telegram: a getUpdates arriving while another waits ends the waiting one with 409
            long me = ++pollGeneration;
            notifyAll();
            if (pending.removeIf(u -> u.get("update_id").asLong() < offset)) { // confirmed
                notifyAll();
            }
            long deadline = System.currentTimeMillis() + timeoutMs;
            while (pending.isEmpty() && System.currentTimeMillis() < deadline) {
                if (pollGeneration != me) {
                    calls.add(new Call("getUpdates", body, 409, System.nanoTime()));
                    return null;
                }
                try {
                    wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            pending.stream().limit(limit).forEach(result::add);
            calls.add(new Call("getUpdates", body, 200, System.nanoTime()));
            notifyAll();
        }
        return result;
    }

    private JsonNode sendMessage(JsonNode body) {
        long chatId = body.path("chat_id").asLong();
        int messageId = nextMessageId.getAndIncrement();
        List<Button> buttons = new ArrayList<>();
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode b : row) {
                buttons.add(new Button(b.path("text").asText(), b.path("callback_data").asText()));
            }
        }
        Sent s = new Sent(chatId, messageId, body.path("text").asText(), body.path("parse_mode").asText(null), buttons);
        synchronized (this) {
            sent.add(s);
        }
        onSent.accept(s);
        ObjectNode m = NODES.objectNode().put("message_id", messageId).put("date", 1_790_000_000)
                .put("text", s.text());
        m.set("chat", chat(chatId, "private"));
        return m;
    }

    /** Telegram refuses HTML it cannot parse; the bot sends no tags at all, so any '<' or bare '&' is wrong. */
    private static String htmlProblem(JsonNode body) {
        String text = body.path("text").asText("");
        if (text.isEmpty() || text.length() > TextSplitter.TELEGRAM_LIMIT * 6) {
            return "text is empty or far too long";
        }
        if (!"HTML".equalsIgnoreCase(body.path("parse_mode").asText())) {
            return null;
        }
        if (text.indexOf('<') >= 0) {
            return "unsupported start tag";
        }
        if (BARE_AMPERSAND.matcher(text).find()) {
            return "character entity expected";
        }
        String visible = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        if (visible.length() > TextSplitter.TELEGRAM_LIMIT) {
            return "message is too long";
        }
        return null;
    }

    private synchronized void record(String method, JsonNode body, int status) {
        calls.add(new Call(method, body, status, System.nanoTime()));
        notifyAll();
    }

    private static ObjectNode error(int code, String description) {
        return NODES.objectNode().put("ok", false).put("error_code", code).put("description", description);
    }

    private static ObjectNode chat(long chatId, String type) {
        ObjectNode c = NODES.objectNode().put("id", chatId).put("type", type);
        if (!type.equals("private")) {
            c.put("title", "A group");
        }
        return c;
    }

    private static ObjectNode user(long id) {
        return NODES.objectNode().put("id", Math.abs(id)).put("is_bot", false).put("first_name", "Resident");
    }

    private static void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        synchronized (this) {
            notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
