package healthbot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import healthbot.store.ConversationStore;
import healthbot.store.InboxEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code inbox}: the masked messages kept for review ({@code HEALTHBOT_REVIEW=on}), and deleting them. */
@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = "List the messages kept for review (fallbacks, unpicked \"did you mean\", questions given up),"
                + " masked, oldest first; --delete removes entries. Kept only when HEALTHBOT_REVIEW=on.")
final class InboxCommand implements Callable<Integer> {

    @Mixin
    StaffStoreOption storeOption;

    @Option(names = "--json", description = "One JSON array of the entries instead of the text listing.")
    boolean json;

    @Option(names = "--delete", paramLabel = "ID", split = ",", description = "Delete these entries (ids as listed).")
    List<String> delete = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (ConversationStore store = storeOption.open()) {
            if (!delete.isEmpty()) {
                int missing = 0;
                for (String id : delete) {
                    if (store.removeFromInbox(id)) {
                        out.println("deleted " + id);
                    } else {
                        out.println("no entry " + id + " (already deleted or expired)");
                        missing++;
                    }
                }
                return missing == 0 ? 0 : 1;
            }
            List<InboxEntry> entries = store.inbox();
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asJson(entries)));
            } else {
                out.print(text(entries, store.describe()));
            }
            return 0;
        }
    }

    static List<Map<String, Object>> asJson(List<InboxEntry> entries) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (InboxEntry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("kind", e.kind());
            m.put("language", e.language());
            m.put("hour", e.hour().toString());
            m.put("text", e.text());
            m.put("guesses", e.guesses().stream().map(g -> Map.of("intent", g.intent(), "score", g.score())).toList());
            out.add(m);
        }
        return out;
    }

    static String text(List<InboxEntry> entries, String where) {
        if (entries.isEmpty()) {
            return "the review inbox in " + where + " is empty (entries are kept only when HEALTHBOT_REVIEW=on)\n";
        }
        StringBuilder out = new StringBuilder();
        for (InboxEntry e : entries) {
            out.append(String.format(Locale.ROOT, "%-6s %s  %-3s %-8s %s%n", e.id(), e.hour(), e.language(), e.kind(), e.text()));
            if (!e.guesses().isEmpty()) {
                out.append("       guesses: ").append(String.join(", ", e.guesses().stream()
                        .map(g -> String.format(Locale.ROOT, "%s %.2f", g.intent(), g.score())).toList())).append('\n');
            }
        }
        out.append(entries.size()).append(entries.size() == 1 ? " entry" : " entries").append(" in ").append(where).append('\n');
        return out.toString();
    }
}
