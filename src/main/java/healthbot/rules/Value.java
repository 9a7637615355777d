package healthbot.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A value a decision hands to its answer template: typed, so that the template writes it the
 * way the reply's language writes it (decimal comma, day and month names) and rules never format
 * text per language.
 */
public sealed interface Value {

    /** How {@link #plain} writes a day: "Saturday 28 November". */
    java.time.format.DateTimeFormatter ENGLISH_DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.ENGLISH);

    /** An amount of NOK: shown without decimals when whole ("400"), else with two ("226.20" / "226,20"). */
    record Money(BigDecimal amount) implements Value {
        public Money {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** A quantity as given, without trailing zeros ("174", "12.5" / "12,5"). */
    record Quantity(BigDecimal amount) implements Value {
        public Quantity {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** A whole number written as digits without separators: an age, a year, a number of months. */
    record Whole(int value) implements Value {}

    /** A day, written with the language's weekday and month names. */
    record Day(LocalDate date) implements Value {
        public Day {
            Objects.requireNonNull(date, "date");
        }
    }

    /** Text shown as it is: a phone number or an hour from the facts, a region's name. */
    record Word(String text) implements Value {
        public Word {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The value in the source language's way of writing (English), for reasons and tests. */
    default String plain() {
        if (this instanceof Money m) {
            return DecisionBuilder.money(m.amount());
        }
        if (this instanceof Quantity q) {
            return DecisionBuilder.plain(q.amount());
        }
        if (this instanceof Whole w) {
            return Integer.toString(w.value());
        }
        if (this instanceof Day d) {
            return ENGLISH_DAY.format(d.date());
        }
        return ((Word) this).text();
    }
}
