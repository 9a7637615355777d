package healthbot.dialogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import healthbot.content.Flow;
import healthbot.rules.Answers;
import healthbot.rules.Rule;
import healthbot.rules.Slot;
import healthbot.rules.DurationUnit;
import healthbot.rules.SlotValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Session} as versioned JSON text for a {@link healthbot.store.ConversationStore}: exactly
 * what a session holds (language, region, flow and slot values, a paused flow, the offered
 * buttons and their offer id, its expiry), never message text.
 *
 * <pre>
 * {"v":2,"expires":1795000000000,"lang":"nb","region":"ostfold","offerId":7,
 *  "flow":{"intent":"dental_travel","flow":"dental_travel","awaiting":"km","reprompts":0,
 *          "slots":{"birth_year":{"int":2006},"km":{"dec":"174.5"},"taxi":{"bool":false},"region":{"str":"ostfold"}}},
 *  "paused":null,
 *  "offer":[{"label":"Ja","fill":"taxi","value":{"bool":true}},{"label":"GP","go":"gp_register"},
 *           {"label":"Continue","resume":true},{"label":"Stop","stop":true},{"label":"👍 Helpful","rate":"gp_register","helpful":true}]}
 * </pre>
 *
 * <p>Reading is lenient and never throws: corrupt JSON, another format version, or an expired
 * record gives no session (the chat starts afresh; one log line with the chat id only, never
 * the record, which holds slot values). A flow, slot, value or intent that the current content
 * no longer has (renamed in {@code intents/}) drops that flow or those buttons, not the session;
 * a language it no longer has gives the source language.
 *
 * <p>Version 1 wrote the language as {@code "EN"} or {@code "NO"}; version 2 writes the content's
 * language code. Both are read ({@code "NO"} as {@code nb}); a version-1 build reading a version-2
 * record drops it and the chat starts afresh.
 */
final class SessionCodec {

    /** The format this build writes and reads. Raise it when the meaning of a field changes. */
    static final int VERSION = 2;
    /** The older format this build still reads. */
    private static final int READS_FROM = 1;

    private static final Logger LOG = LoggerFactory.getLogger(SessionCodec.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Knowledge k;

    SessionCodec(Knowledge k) {
        this.k = k;
    }

    String encode(Session s, long expiresAtMillis) {
        ObjectNode o = JSON.createObjectNode();
        o.put("v", VERSION);
        o.put("expires", expiresAtMillis);
        o.put("lang", s.language);
        if (s.region != null) {
            o.put("region", s.region);
        }
        o.put("offerId", s.offerId);
        if (s.flow != null) {
            o.set("flow", flow(s.flow));
        }
        if (s.paused != null) {
            o.set("paused", flow(s.paused));
        }
        ArrayNode offer = o.putArray("offer");
        for (int i = 0; i < s.offer.size(); i++) {
            ObjectNode b = offer.addObject();
            b.put("label", s.offerLabels.get(i));
            ButtonAction a = s.offer.get(i);
            if (a instanceof ButtonAction.GoTo go) {
                b.put("go", go.intent());
            } else if (a instanceof ButtonAction.Fill fill) {
                b.put("fill", fill.slot());
                b.set("value", value(fill.value()));
            } else if (a instanceof ButtonAction.Resume) {
                b.put("resume", true);
            } else if (a instanceof ButtonAction.ChooseLanguage) {
                b.put("languages", true);
            } else if (a instanceof ButtonAction.SetLanguage set) {
                b.put("lang", set.language());
            } else if (a instanceof ButtonAction.Rate rate) {
                b.put("rate", rate.intent());
                b.put("helpful", rate.helpful());
            } else {
                b.put("stop", true);
            }
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session could not be written as JSON", e);
        }
    }

    /** The session in {@code text}, or empty when it is unreadable, of another version or expired. */
    Optional<Session> decode(String chatId, String text, long nowMillis) {
        JsonNode o;
        try {
            o = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            LOG.warn("chat {}: the stored session is not readable JSON; the chat starts afresh", chatId);
            return Optional.empty();
        }
        if (o == null || !o.isObject()) {
            LOG.warn("chat {}: the stored session is not a JSON object; the chat starts afresh", chatId);
            return Optional.empty();
        }
        int version = o.path("v").asInt(0);
        if (version < READS_FROM || version > VERSION) {
            LOG.info("chat {}: the stored session has format version {} and this build reads {}; the chat starts afresh",
                    chatId, version, VERSION);
            return Optional.empty();
        }
        if (o.path("expires").asLong(0) <= nowMillis) {
            return Optional.empty();
        }
        Session s = new Session(language(o.path("lang").asText("")));
        String region = o.path("region").asText(null);
        if (region != null && k.content.settings().regions().stream().anyMatch(r -> r.id().equals(region))) {
            s.region = region;
        }
        s.offerId = o.path("offerId").asInt(0);
        s.flow = flow(chatId, o.get("flow"));
        s.paused = flow(chatId, o.get("paused"));
        readOffer(chatId, o.path("offer"), s);
        return Optional.of(s);
    }

    /** A stored language code ("EN"/"NO" in version 1); one the content no longer has gives the source language. */
    private String language(String stored) {
        String code = switch (stored) {
            case "EN" -> "en";
            case "NO" -> "nb";
            default -> stored;
        };
        return k.content.languages().has(code) ? code : k.content.languages().source();
    }

    private ObjectNode flow(FlowState f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("intent", f.intent());
        n.put("flow", f.flow());
        n.put("awaiting", f.awaiting());
        n.put("reprompts", f.reprompts());
        ObjectNode slots = n.putObject("slots");
        f.answers().values().forEach((name, v) -> slots.set(name, value(v)));
        return n;
    }

    private static ObjectNode value(SlotValue v) {
        ObjectNode n = JSON.createObjectNode();
        if (v instanceof SlotValue.Whole w) {
            n.put("int", w.value());
        } else if (v instanceof SlotValue.Decimal d) {
            n.put("dec", d.value().toPlainString());
        } else if (v instanceof SlotValue.Duration d) {
            n.put("dur", d.amount().toPlainString());
            n.put("unit", d.unit().id());
        } else if (v instanceof SlotValue.YesNo b) {
            n.put("bool", b.value());
        } else {
            n.put("str", ((SlotValue.Id) v).value());
        }
        return n;
    }

    /** A stored value, or null when it is none of the five kinds. */
    private static SlotValue value(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        if (n.path("int").isInt()) {
            return new SlotValue.Whole(n.get("int").intValue());
        }
        if (n.path("dec").isTextual()) {
            try {
                return new SlotValue.Decimal(new BigDecimal(n.get("dec").textValue()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (n.path("dur").isTextual() && n.path("unit").isTextual()) {
            try {
                return new SlotValue.Duration(new BigDecimal(n.get("dur").textValue()),
                        DurationUnit.valueOf(n.get("unit").textValue().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) { // a malformed number or an unknown unit: not a value
                return null;
            }
        }
        if (n.path("bool").isBoolean()) {
            return new SlotValue.YesNo(n.get("bool").booleanValue());
        }
        return n.path("str").isTextual() ? new SlotValue.Id(n.get("str").textValue()) : null;
    }

    /** The stored flow if the content still has its intent, flow, slots and value kinds; else null (logged). */
    private FlowState flow(String chatId, JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        String intent = n.path("intent").asText("");
        String flowName = n.path("flow").asText("");
        Flow flow = k.content.flows().get(flowName);
        Rule rule = k.rules.get(flowName);
        boolean intentMatches = k.content.intent(intent).map(i -> flowName.equals(i.flow())).orElse(false);
        if (flow == null || rule == null || !intentMatches) {
            return dropped(chatId, flowName);
        }
        Map<String, SlotValue> values = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("slots").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            SlotValue v = value(e.getValue());
            if (v == null || !fits(rule, e.getKey(), v)) {
                return dropped(chatId, flowName);
            }
            values.put(e.getKey(), v);
        }
        String awaiting = n.path("awaiting").isTextual() ? n.get("awaiting").textValue() : null;
        if (awaiting != null && slot(rule, awaiting) == null) {
            return dropped(chatId, flowName);
        }
        return new FlowState(intent, flowName, new Answers(values), awaiting, Math.max(0, n.path("reprompts").asInt(0)));
    }

    private FlowState dropped(String chatId, String flowName) {
        LOG.info("chat {}: the stored flow '{}' no longer matches the content; that flow is dropped", chatId, flowName);
        return null;
    }

    /** The offered buttons, all of them or none (a renamed intent or slot makes the keyboard stale). */
    private void readOffer(String chatId, JsonNode offer, Session s) {
        List<ButtonAction> actions = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (JsonNode b : offer) {
            ButtonAction a = action(b);
            String label = b.path("label").asText(null);
            if (a == null || label == null) {
                LOG.info("chat {}: the stored buttons no longer match the content; they are dropped", chatId);
                return;
            }
            actions.add(a);
            labels.add(label);
        }
        s.offer = List.copyOf(actions);
        s.offerLabels = List.copyOf(labels);
    }

    private ButtonAction action(JsonNode b) {
        if (b.path("go").isTextual()) {
            String intent = b.get("go").textValue();
            return k.content.intent(intent).isPresent() ? new ButtonAction.GoTo(intent) : null;
        }
        if (b.path("fill").isTextual()) {
            SlotValue v = value(b.get("value"));
            String slot = b.get("fill").textValue();
            boolean known = k.rules.values().stream().anyMatch(r -> fits(r, slot, v));
            return v != null && known ? new ButtonAction.Fill(slot, v) : null;
        }
        if (b.path("resume").asBoolean(false)) {
            return new ButtonAction.Resume();
        }
        if (b.path("languages").asBoolean(false)) {
            return new ButtonAction.ChooseLanguage();
        }
        if (b.path("lang").isTextual()) {
            String code = b.get("lang").textValue();
            return k.content.languages().has(code) ? new ButtonAction.SetLanguage(code) : null;
        }
        if (b.path("rate").isTextual() && b.path("helpful").isBoolean()) {
            String intent = b.get("rate").textValue();
            return k.content.intent(intent).isPresent() ? new ButtonAction.Rate(intent, b.get("helpful").booleanValue()) : null;
        }
        return b.path("stop").asBoolean(false) ? new ButtonAction.Stop() : null;
    }

    /** Whether the rule has this slot and the value is of its kind (and one of its choices). */
    private boolean fits(Rule rule, String slotName, SlotValue v) {
        Slot slot = slot(rule, slotName);
        if (slot == null || v == null) {
            return false;
        }
        return switch (slot.type()) {
            case AGE, BIRTH_YEAR -> v instanceof SlotValue.Whole;
            case MONTHS -> v instanceof SlotValue.Whole || v instanceof SlotValue.Duration;
            case KM, MONEY -> v instanceof SlotValue.Decimal;
            case YES_NO -> v instanceof SlotValue.YesNo;
            case REGION -> v instanceof SlotValue.Id id
                    && k.content.settings().regions().stream().anyMatch(r -> r.id().equals(id.value()));
            case CHOICE -> v instanceof SlotValue.Id id && (slot.choices().isEmpty() || slot.choices().contains(id.value()));
        };
    }

    private static Slot slot(Rule rule, String name) {
        for (Slot s : rule.slots()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
