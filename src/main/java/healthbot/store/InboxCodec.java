package healthbot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An inbox entry as the JSON text the durable stores keep (guesses as {@code [[intent, score], ...]}). */
final class InboxCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InboxCodec() {
    }

    static String guesses(List<InboxEntry.Guess> guesses) {
        List<List<Object>> pairs = guesses.stream().map(g -> List.<Object>of(g.intent(), g.score())).toList();
        return write(pairs);
    }

    static List<InboxEntry.Guess> guesses(String json) {
        List<InboxEntry.Guess> out = new ArrayList<>();
        for (List<Object> pair : read(json, new TypeReference<List<List<Object>>>() { })) {
            out.add(new InboxEntry.Guess((String) pair.get(0), ((Number) pair.get(1)).doubleValue()));
        }
        return out;
    }

    static String encode(InboxEntry e) {
        return write(Map.of("kind", e.kind(), "text", e.text(), "language", e.language(),
                "hour", e.hour().toEpochMilli(), "guesses", guesses(e.guesses())));
    }

    static InboxEntry decode(String id, String json) {
        Map<String, Object> m = read(json, new TypeReference<Map<String, Object>>() { });
        return new InboxEntry(id, (String) m.get("kind"), (String) m.get("text"), (String) m.get("language"),
                Instant.ofEpochMilli(((Number) m.get("hour")).longValue()), guesses((String) m.get("guesses")));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an inbox entry as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreUnavailableException("an inbox entry in the store is not valid JSON (" + e.getOriginalMessage()
                    + "); delete it with `inbox --delete ID`", e);
        }
    }
}
