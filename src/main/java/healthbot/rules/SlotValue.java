package healthbot.rules;

import java.math.BigDecimal;

/** A slot's value, typed by what the slot holds ({@link SlotType}). */
public sealed interface SlotValue {

    /** An age, a birth year, a number of months (a duration given as a bare number at the months question). */
    record Whole(int value) implements SlotValue {
        public Object plain() {
            return value;
        }
    }

    /** A distance in km or an amount in NOK. */
    record Decimal(BigDecimal value) implements SlotValue {
        public Decimal {
            java.util.Objects.requireNonNull(value, "value");
        }

        public Object plain() {
            return value;
        }
    }

    /**
     * A duration in the unit it was given in ("3 weeks" stays 3 WEEK): a rule compares it with its
     * threshold in months (see {@link MonthsThreshold}), so nothing is converted by guesswork.
     */
    record Duration(BigDecimal amount, DurationUnit unit) implements SlotValue {
        public Duration {
            java.util.Objects.requireNonNull(amount, "amount");
            java.util.Objects.requireNonNull(unit, "unit");
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("a duration is zero or more, not " + amount);
            }
            amount = amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros();
        }

        public Object plain() {
            return amount.toPlainString() + " " + unit.id() + (amount.compareTo(BigDecimal.ONE) == 0 ? "" : "s");
        }
    }

    /** A yes/no answer. */
    record YesNo(boolean value) implements SlotValue {
        public Object plain() {
            return value;
        }
    }

    /** A region id or a choice id. */
    record Id(String value) implements SlotValue {
        public Id {
            java.util.Objects.requireNonNull(value, "value");
        }

        public Object plain() {
            return value;
        }
    }

    /** The value as a plain Java object (Integer, BigDecimal, Boolean or String), for display. */
    Object plain();

    /**
     * The value of an Integer, any other number, a Boolean or a String (tests and tools).
     *
     * @throws IllegalArgumentException for any other type
     */
    static SlotValue of(Object value) {
        if (value instanceof SlotValue v) {
            return v;
        }
        if (value instanceof Integer i) {
            return new Whole(i);
        }
        if (value instanceof BigDecimal d) {
            return new Decimal(d);
        }
        if (value instanceof Number n) { // a Double or Long written in a test table
            return new Decimal(new BigDecimal(n.toString()));
        }
        if (value instanceof Boolean b) {
            return new YesNo(b);
        }
        if (value instanceof String s) {
            return new Id(s);
        }
        throw new IllegalArgumentException("a slot value is a whole number, a decimal, yes/no or an id, not "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
