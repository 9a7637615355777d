package healthbot.studio;

import com.fasterxml.jackson.databind.JsonNode;
import healthbot.content.Content;
import healthbot.content.Region;
import healthbot.scripts.Script;
import healthbot.scripts.ScriptException;
import healthbot.scripts.ScriptFiles;
import healthbot.scripts.ScriptParser;
import healthbot.scripts.ScriptResult;
import healthbot.scripts.ScriptRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The studio's JSON API: chats, why, scripts, content state and understanding. Every answer is
 * built from the engine's own packages; nothing here decides anything about health services.
 */
final class Api {

    private static final int MAX_CHATS = 50;

    private final LiveContent live;
    private final Map<String, StudioChat> chats = new LinkedHashMap<>();
    private final AtomicInteger nextChat = new AtomicInteger();
    private final Understanding understanding = new Understanding();

    private final Routes routes;

    private final InboxApi inbox;

    Api(LiveContent live, healthbot.store.StaffRecords store) {
        this.live = live;
        this.inbox = new InboxApi(live, store);
        this.routes = inbox.register(routes());
    }

    /** The whole API: each method and path, with what answers it. */
    private Routes routes() {
        return new Routes()
                .get("/api/state", r -> Response.ok(state()))
                .post("/api/chats", r -> Response.ok(newChat(null).view()))
                .get("/api/chats/{id}", r -> chat(r.param("id")).map(c -> Response.ok(c.view())).orElseGet(Response::notFound))
                .get("/api/chats/{id}/draft", r -> chat(r.param("id")).map(c -> Response.ok(draft(c.chat())))
                        .orElseGet(Response::notFound))
                .post("/api/chats/{id}/say", r -> inChat(r, this::say))
                .post("/api/chats/{id}/reset", r -> inChat(r, this::reset))
                .post("/api/chats/{id}/settings", r -> inChat(r, this::settings))
                .post("/api/chats/{id}/save", r -> inChat(r, this::save))
                .post("/api/scripts/run", r -> Response.ok(runScripts()))
                .post("/api/scripts/replay", r -> replay(text(r.body(), "file")))
                .get("/api/understanding/eval", r -> Response.ok(understanding.status()))
                .post("/api/understanding/eval", r -> {
                    understanding.start(live.current().content());
                    return Response.ok(understanding.status());
                })
                .post("/api/understanding/try", r -> {
                    String text = text(r.body(), "text");
                    return Response.ok(Map.of("top", Understanding.top(live.current().nlu().classifier(), text)));
                });
    }

    /**
     * Answers a request under {@code /api/}.
     *
     * @param path the raw path, starting with {@code /api/}
     * @param body the JSON body, or null when there was none
     * @throws BadRequest when the body lacks what the route needs
     */
    Response handle(String method, String path, JsonNode body) throws IOException {
        return routes.dispatch(method, path, body);
    }

    /** A chat found by id, brought up to date with the content. */
    private record Located(StudioChat chat, Content content, boolean restarted) {
        Views.ChatView view() {
            synchronized (chat) {
                return Views.chat(chat, content, restarted);
            }
        }
    }

    private Optional<Located> chat(String id) {
        StudioChat chat;
        synchronized (chats) {
            chat = chats.get(id);
        }
        if (chat == null) {
            return Optional.empty();
        }
        LiveContent.Version v = live.current();
        synchronized (chat) {
            chat.follow(v);
            return Optional.of(new Located(chat, v.content(), chat.takeRestartedByReload()));
        }
    }

    private Located newChat(String name) {
        LiveContent.Version v = live.current();
        synchronized (chats) {
            if (chats.size() >= MAX_CHATS) {
                chats.remove(chats.keySet().iterator().next()); // the oldest goes
            }
            String id = "c" + nextChat.incrementAndGet();
            StudioChat chat = new StudioChat(id, name == null ? "Chat " + nextChat.get() : name, v);
            chats.put(id, chat);
            return new Located(chat, v.content(), false);
        }
    }

    /** What a chat route does with its chat, once the chat follows the content in use. */
    @FunctionalInterface
    private interface ChatAction {
        Response apply(StudioChat chat, LiveContent.Version v, JsonNode body) throws IOException;
    }

    /** Runs {@code action} on the route's chat, holding the chat; 404 when there is no such chat. */
    private Response inChat(Routes.Request request, ChatAction action) throws IOException {
        Optional<Located> located = chat(request.param("id"));
        if (located.isEmpty()) {
            return Response.notFound();
        }
        StudioChat chat = located.get().chat();
        LiveContent.Version v = live.current();
        synchronized (chat) {
            chat.follow(v);
            return action.apply(chat, v, request.body());
        }
    }

    private Response say(StudioChat chat, LiveContent.Version v, JsonNode body) {
        StudioChat.Exchange e = chat.say(text(body, "text"));
        return Response.ok(Views.exchange(chat.exchanges().size(), e, v.content()));
    }

    private Response reset(StudioChat chat, LiveContent.Version v, JsonNode body) {
        chat.restart(v);
        return Response.ok(Views.chat(chat, v.content(), false));
    }

    private Response settings(StudioChat chat, LiveContent.Version v, JsonNode body) {
        String region = optionalText(body, "region");
        if (region != null && !region.isBlank() && v.content().settings().regions().stream()
                .noneMatch(r -> r.id().equals(region))) {
            throw new BadRequest("Unknown region '" + region + "'.");
        }
        String language = optionalText(body, "language");
        if (language != null && !language.isBlank() && !v.content().languages().has(language)) {
            throw new BadRequest("Unknown language '" + language + "'; known: " + v.content().languages().codes() + ".");
        }
        try {
            chat.configure(optionalText(body, "now"), region, language, chat.start(), v);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        return Response.ok(Views.chat(chat, v.content(), false));
    }

    private Response save(StudioChat chat, LiveContent.Version v, JsonNode body) throws IOException {
        ScriptDraft draft = ScriptDraft.of(chat, v.content());
        if (draft.turns().isEmpty()) {
            throw new BadRequest("There is nothing to save yet: write a message first.");
        }
        String title = optionalText(body, "title");
        title = title == null || ScriptText.oneLine(title).isEmpty() ? draft.title() : ScriptText.oneLine(title);
        Set<Integer> dropped = new HashSet<>();
        JsonNode drop = body == null ? null : body.get("drop");
        if (drop != null && drop.isArray()) {
            drop.forEach(n -> dropped.add(n.asInt()));
        }
        ScriptSaver.Saved saved = new ScriptSaver(live.dir()).save(title, draft.render(title, dropped), runner(v));
        return Response.json(saved.file() == null ? 409 : 200, saved);
    }

    private Object draft(StudioChat chat) {
        synchronized (chat) {
            return ScriptDraft.of(chat, live.current().content());
        }
    }

    private static ScriptRunner runner(LiveContent.Version v) {
        return new ScriptRunner(v.content(), v.nlu(), StudioChat.Holidays.NORWAY);
    }

    private Path base() {
        Path dir = live.dir().toAbsolutePath().normalize();
        return dir.getParent() == null ? dir : dir.getParent();
    }

    private List<Path> scriptFiles() {
        Path tests = live.dir().resolve("tests");
        return Files.isDirectory(tests) ? ScriptFiles.find(List.of(tests)) : List.of();
    }

    private Map<String, Object> runScripts() {
        LiveContent.Version v = live.current();
        ScriptRunner runner = runner(v);
        List<Views.ScriptView> results = new ArrayList<>();
        int failed = 0;
        for (Path file : scriptFiles()) {
            ScriptResult r = runner.run(file);
            failed += r.passed() ? 0 : 1;
            results.add(Views.script(r, base()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("passed", results.size() - failed);
        out.put("failed", failed);
        out.put("scripts", results);
        return out;
    }

    /** Plays a script's messages in a new chat; {@code file} must be one of the scripts found, as listed. */
    private Response replay(String file) {
        Path base = base();
        Optional<Path> found = scriptFiles().stream()
                .filter(f -> base.relativize(f.toAbsolutePath().normalize()).toString().equals(file)).findFirst();
        if (found.isEmpty()) {
            return Response.error(404, "No script '" + file + "' in " + live.dir().resolve("tests") + ".");
        }
        Script script;
        try {
            script = ScriptParser.parse(found.get());
        } catch (ScriptException e) {
            return Response.error(422, e.getMessage());
        }
        Located located = newChat("Replay: " + ScriptText.oneLine(script.title()));
        StudioChat chat = located.chat();
        synchronized (chat) {
            try {
                chat.configure(script.now() == null ? ScriptRunner.DEFAULT_NOW : script.now(), script.region(),
                        script.language(), script.start(), live.current());
            } catch (IllegalArgumentException | IllegalStateException e) {
                return Response.error(422, e.getMessage());
            }
            for (Script.Step step : script.steps()) {
                if (step instanceof Script.Say say) {
                    chat.say(say.text());
                }
            }
        }
        return Response.ok(located.view());
    }

    private Map<String, Object> state() {
        LiveContent.Version v = live.current();
        LiveContent.Check check = live.lastCheck();
        Content c = v.content();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("dir", live.dir().toString());
        content.put("version", v.number());
        content.put("loadedAt", v.loadedAt().toString());
        content.put("checkedAt", check.at().toString());
        content.put("intents", c.intents().size());
        content.put("flows", c.flows().size());
        content.put("facts", c.facts().size());
        content.put("good", check.good());
        content.put("problems", check.problems().stream().map(pr -> Views.problem(pr, base())).toList());
        content.put("failure", check.failure());
        List<Map<String, String>> regions = new ArrayList<>();
        for (Region r : c.settings().regions()) {
            Map<String, String> region = new LinkedHashMap<>();
            region.put("id", r.id());
            c.languages().codes().forEach(code -> region.put(code, r.label().in(code)));
            regions.add(region);
        }
        List<Map<String, String>> chatList = new ArrayList<>();
        synchronized (chats) {
            chats.values().forEach(ch -> chatList.add(Map.of("id", ch.id, "name", ch.name)));
        }
        List<Map<String, Object>> languages = new ArrayList<>();
        c.languages().all().forEach(l -> languages.add(Map.of("code", l.code(), "name", l.name(),
                "dir", l.rightToLeft() ? "rtl" : "ltr")));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("content", content);
        out.put("regions", regions);
        out.put("languages", languages);
        out.put("chats", chatList);
        return out;
    }

    private static String text(JsonNode body, String field) {
        String t = optionalText(body, field);
        if (t == null) {
            throw new BadRequest("The request needs a text field '" + field + "'.");
        }
        return t;
    }

    private static String optionalText(JsonNode body, String field) {
        JsonNode n = body == null ? null : body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new BadRequest("The field '" + field + "' must be text.");
        }
        return n.asText();
    }

    /** A request the API cannot use; the message says why, in plain words. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
