package healthbot.rules;

import java.util.List;

/**
 * A question a rule may need answered.
 *
 * @param name    slot name, e.g. {@code birth_year}
 * @param type    the kind of value
 * @param choices for {@link SlotType#CHOICE}: the allowed ids, in display order; empty otherwise
 */
public record Slot(String name, SlotType type, List<String> choices) {
    public Slot {
        choices = List.copyOf(choices);
    }

    public static Slot of(String name, SlotType type) {
        return new Slot(name, type, List.of());
    }

    public static Slot choice(String name, String... choices) {
        return new Slot(name, SlotType.CHOICE, List.of(choices));
    }
}
