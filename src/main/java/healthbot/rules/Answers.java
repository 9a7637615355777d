package healthbot.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The slot values known so far (immutable). Values are Integer, BigDecimal, Boolean or String
 * according to the slot's {@link SlotType}.
 */
public record Answers(Map<String, Object> values) {
    public Answers {
        values = Map.copyOf(values);
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public static Answers of(Object... nameValuePairs) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            m.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return new Answers(m);
    }

    public Answers with(String slot, Object value) {
        Map<String, Object> m = new HashMap<>(values);
        m.put(slot, value);
        return new Answers(m);
    }

    public boolean has(String slot) {
        return values.containsKey(slot);
    }

    public Optional<Integer> integer(String slot) {
        return Optional.ofNullable((Integer) values.get(slot));
    }

    public Optional<BigDecimal> decimal(String slot) {
        return Optional.ofNullable((BigDecimal) values.get(slot));
    }

    public Optional<Boolean> yesNo(String slot) {
        return Optional.ofNullable((Boolean) values.get(slot));
    }

    public Optional<String> text(String slot) {
        return Optional.ofNullable((String) values.get(slot));
    }
}
