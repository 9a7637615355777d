package healthbot.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The slot values known so far (immutable). */
public record Answers(Map<String, SlotValue> values) {
    public Answers {
        values = Map.copyOf(values);
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    /** Answers from name/value pairs; values are SlotValues or Integer, BigDecimal, Boolean, String. */
    public static Answers of(Object... nameValuePairs) {
        Map<String, SlotValue> m = new HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            m.put((String) nameValuePairs[i], SlotValue.of(nameValuePairs[i + 1]));
        }
        return new Answers(m);
    }

    public Answers with(String slot, SlotValue value) {
        Map<String, SlotValue> m = new HashMap<>(values);
        m.put(slot, value);
        return new Answers(m);
    }

    public Answers without(String slot) {
        Map<String, SlotValue> m = new HashMap<>(values);
        m.remove(slot);
        return new Answers(m);
    }

    public boolean has(String slot) {
        return values.containsKey(slot);
    }

    public Optional<SlotValue> get(String slot) {
        return Optional.ofNullable(values.get(slot));
    }

    public Optional<Integer> integer(String slot) {
        return values.get(slot) instanceof SlotValue.Whole w ? Optional.of(w.value()) : Optional.empty();
    }

    public Optional<BigDecimal> decimal(String slot) {
        SlotValue v = values.get(slot);
        if (v instanceof SlotValue.Decimal d) {
            return Optional.of(d.value());
        }
        return v instanceof SlotValue.Whole w ? Optional.of(BigDecimal.valueOf(w.value())) : Optional.empty();
    }

    public Optional<Boolean> yesNo(String slot) {
        return values.get(slot) instanceof SlotValue.YesNo y ? Optional.of(y.value()) : Optional.empty();
    }

    public Optional<String> text(String slot) {
        return values.get(slot) instanceof SlotValue.Id id ? Optional.of(id.value()) : Optional.empty();
    }

    /** Slot name to plain value, for display (the studio's Why). */
    public Map<String, Object> plain() {
        Map<String, Object> m = new HashMap<>();
        values.forEach((k, v) -> m.put(k, v.plain()));
        return m;
    }
}
