package healthbot.studio;

import com.fasterxml.jackson.databind.JsonNode;
import healthbot.content.Content;
import healthbot.content.IntentKind;
import healthbot.staff.InboxGroups;
import healthbot.staff.UsageCharts;
import healthbot.staff.UsageTable;
import healthbot.store.InboxEntry;
import healthbot.store.StaffRecords;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The studio's inbox and usage routes: the review inbox grouped ({@link InboxGroups}); an entry
 * added as an example of an intent, or of the fallback ("out of scope"), through
 * {@link ExampleWriter}; an entry dismissed; the usage counts as chart series (already
 * suppressed below 5). Every action on an entry takes it out of the inbox.
 */
final class InboxApi {

    private static final int USAGE_DAYS = 30;
    /** How many intents the "top intents per language" chart shows per language. */
    private static final int TOP_INTENTS = 5;

    private final LiveContent live;
    private final StaffRecords store;
    private final ExampleWriter writer;

    /** @param store where the inbox is, or null: the routes then say that no store was given */
    InboxApi(LiveContent live, StaffRecords store) {
        this.live = live;
        this.store = store;
        this.writer = new ExampleWriter(live.dir());
    }

    Routes register(Routes routes) {
        return routes
                .get("/api/inbox", r -> withStore(this::inbox))
                .post("/api/inbox/{id}/example", r -> withStore(() -> example(r.param("id"), r.body(), false)))
                .post("/api/inbox/{id}/out-of-scope", r -> withStore(() -> example(r.param("id"), r.body(), true)))
                .post("/api/inbox/{id}/dismiss", r -> withStore(() -> dismiss(r.param("id"))))
                .get("/api/usage", r -> withStore(this::usage));
    }

    private interface Action {
        Response run() throws IOException;
    }

    private Response withStore(Action action) throws IOException {
        if (store == null) {
            return Response.error(409, "The studio was started without a store: start it with --db FILE"
                    + " (or REDIS_URL / HEALTHBOT_DB) to see the inbox and the usage counts.");
        }
        return action.run();
    }

    private Response inbox() {
        Content content = live.current().content();
        List<Map<String, Object>> groups = InboxGroups.of(store.inbox()).stream().map(g -> Map.<String, Object>of(
                "language", g.language(), "likeliest", g.likeliest(), "entries", g.entries().stream().map(InboxApi::view).toList())).toList();
        List<String> intents = content.intents().stream().filter(i -> i.kind() != IntentKind.FALLBACK)
                .map(i -> i.name()).sorted().toList();
        return Response.ok(Map.of("groups", groups, "intents", intents));
    }

    private static Map<String, Object> view(InboxEntry e) {
        return Map.of("id", e.id(), "kind", e.kind(), "text", e.text(), "language", e.language(),
                "hour", e.hour().toString(), "guesses", e.guesses());
    }

    private Optional<InboxEntry> entry(String id) {
        return store.inbox().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private Response example(String id, JsonNode body, boolean outOfScope) throws IOException {
        Optional<InboxEntry> found = entry(id);
        if (found.isEmpty()) {
            return Response.error(404, "No inbox entry " + id + " (already handled, or expired).");
        }
        InboxEntry e = found.get();
        Content content = live.current().content();
        String intent = outOfScope ? content.intentOfKind(IntentKind.FALLBACK).name()
                : body == null || !body.path("intent").isTextual() ? null : body.path("intent").asText();
        if (intent == null) {
            throw new Api.BadRequest("The request needs a text field 'intent'.");
        }
        String file;
        try {
            file = writer.add(content, e.language(), intent, e.text());
        } catch (ExampleWriter.Refused refused) {
            return Response.error(422, "Not added: " + refused.getMessage() + ".");
        }
        store.removeFromInbox(id);
        live.reload(); // the example is used at once, not at the watcher's next look
        return Response.ok(Map.of("file", file, "intent", intent, "example", e.text()));
    }

    private Response dismiss(String id) {
        return store.removeFromInbox(id) ? Response.ok(Map.of("dismissed", id))
                : Response.error(404, "No inbox entry " + id + " (already handled, or expired).");
    }

    private Response usage() {
        LocalDate from = LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(USAGE_DAYS - 1L);
        UsageTable table = new UsageTable(store.counts(from));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answersPerDay", table.perDay("answer"));
        out.put("fallbacksPerDay", table.perDay("fallback"));
        out.put("conversationsPerDay", table.perDay("conversation"));
        out.put("answersPerIntent", table.perIntent("answer"));
        UsageCharts charts = new UsageCharts(store.counts(from));
        out.put("fallbackRatePerDay", charts.fallbackRatePerDay());
        out.put("helpfulPerIntent", charts.helpfulnessPerIntent());
        out.put("topIntentsPerLanguage", charts.topIntentsPerLanguage(TOP_INTENTS));
        out.put("totals", table.totals());
        return Response.ok(out);
    }
}
