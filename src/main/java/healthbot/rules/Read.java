package healthbot.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads answers defensively. A value of the wrong type or outside the plausible range counts as
 * not given, so the rule asks for it again instead of throwing or deciding on nonsense.
 */
final class Read {

    /** Oldest plausible age; ages above it (e.g. 130) are treated as typos and asked again. */
    static final int MAX_AGE = 120;
    static final int MAX_MONTHS = 12 * MAX_AGE;
    static final List<String> REGIONS = List.of("baerum", "ostfold", "other");

    private Read() {}

    static Step.Ask ask(String slot) {
        return new Step.Ask(slot);
    }

    static Optional<Integer> age(Answers answers, String slot) {
        return whole(answers, slot, 0, MAX_AGE);
    }

    /** A whole number in [min, max]. */
    static Optional<Integer> whole(Answers answers, String slot, int min, int max) {
        return decimal(answers, slot).flatMap(d -> {
            try {
                int i = d.intValueExact();
                return i >= min && i <= max ? Optional.of(i) : Optional.empty();
            } catch (ArithmeticException notWhole) {
                return Optional.empty();
            }
        });
    }

    /** A number that is zero or more (km, NOK). */
    static Optional<BigDecimal> nonNegative(Answers answers, String slot) {
        return decimal(answers, slot).filter(d -> d.signum() >= 0);
    }

    /**
     * A duration: as given ({@link SlotValue.Duration}), or a bare number taken as months (the
     * question asks "how many months?"); zero or more and at most {@link #MAX_MONTHS} months.
     */
    static Optional<SlotValue.Duration> duration(Answers answers, String slot) {
        SlotValue v = answers.get(slot).orElse(null);
        SlotValue.Duration d;
        if (v instanceof SlotValue.Duration given) {
            d = given;
        } else if (v instanceof SlotValue.Whole w && w.value() >= 0) {
            d = new SlotValue.Duration(BigDecimal.valueOf(w.value()), DurationUnit.MONTH);
        } else if (v instanceof SlotValue.Decimal dec && dec.value().signum() >= 0) {
            d = new SlotValue.Duration(dec.value(), DurationUnit.MONTH);
        } else {
            return Optional.empty();
        }
        BigDecimal months = MonthsThreshold.exactMonths(d);
        BigDecimal limit = months != null ? BigDecimal.valueOf(MAX_MONTHS)
                : BigDecimal.valueOf(MAX_MONTHS * 31L / (d.unit() == DurationUnit.WEEK ? 7 : 1));
        return (months != null ? months : d.amount()).compareTo(limit) <= 0 ? Optional.of(d) : Optional.empty();
    }

    static Optional<Boolean> yesNo(Answers answers, String slot) {
        return answers.yesNo(slot);
    }

    /** One of the allowed ids (case-insensitive), as the lower-case id. */
    static Optional<String> oneOf(Answers answers, String slot, List<String> allowed) {
        return answers.text(slot).flatMap(s -> allowed.stream().filter(id -> id.equalsIgnoreCase(s.trim())).findFirst());
    }

    private static Optional<BigDecimal> decimal(Answers answers, String slot) {
        return answers.decimal(slot);
    }
}
