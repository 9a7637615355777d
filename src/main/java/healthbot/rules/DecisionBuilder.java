package healthbot.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects one decision's variables, reasons and sources while a rule reads its facts: every fact
 * read through it adds its source id, so {@link Decision#sources()} is exactly what was used.
 * One instance per {@code next} call; not thread-safe.
 */
final class DecisionBuilder {

    private final String rule;
    private final Facts facts;
    private final Map<String, Value> variables = new LinkedHashMap<>();
    private final List<String> reasons = new ArrayList<>();
    private final Set<String> sources = new LinkedHashSet<>();

    DecisionBuilder(String rule, Facts facts) {
        this.rule = rule;
        this.facts = facts;
    }

    /** Reads a fact and records its source. */
    Fact fact(String key) {
        Fact fact = facts.fact(key);
        sources.add(fact.sourceId());
        return fact;
    }

    String text(String key) {
        return fact(key).value();
    }

    BigDecimal number(String key) {
        fact(key);
        return facts.number(key);
    }

    int integer(String key) {
        fact(key);
        return facts.integer(key);
    }

    /** The region of the source a fact comes from, e.g. "Østfold", for reasons. */
    String regionOf(String factKey) {
        return region(fact(factKey).sourceId());
    }

    /** Records a source the decision rests on without a figure from it and returns its region. */
    String region(String sourceId) {
        sources.add(sourceId);
        Source source = facts.source(sourceId);
        return source == null || source.region() == null ? sourceId : source.region();
    }

    /** Text shown as it is (a phone number, an hour, a region's name). */
    DecisionBuilder var(String name, String value) {
        return put(name, new Value.Word(value));
    }

    /** A whole number: an age, a year, months. */
    DecisionBuilder var(String name, int value) {
        return put(name, new Value.Whole(value));
    }

    DecisionBuilder money(String name, BigDecimal value) {
        return put(name, new Value.Money(value));
    }

    /** A quantity as given (km). */
    DecisionBuilder quantity(String name, BigDecimal value) {
        return put(name, new Value.Quantity(value));
    }

    DecisionBuilder day(String name, java.time.LocalDate value) {
        return put(name, new Value.Day(value));
    }

    private DecisionBuilder put(String name, Value value) {
        variables.put(name, value);
        return this;
    }

    /** A short English sentence; {@code String.format} arguments. */
    DecisionBuilder reason(String format, Object... args) {
        reasons.add(String.format(Locale.ROOT, format, args));
        return this;
    }

    Decision decide(String outcome) {
        return new Decision(rule, outcome, variables, reasons, sources);
    }

    /** NOK for display: "400" when whole, else two decimals ("226.20"); plain digits. */
    static String money(BigDecimal value) {
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
        return cents.signum() == 0 || cents.stripTrailingZeros().scale() <= 0
                ? cents.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : cents.toPlainString();
    }

    /** A quantity as given, without trailing zeros or exponent ("174", "12.5"). */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
