package healthbot.rules;

import java.math.BigDecimal;

/** The facts a rule may read. Implemented by the content model; rules never load anything. */
public interface Facts {

    /** @throws MissingFactException when the content has no fact with this key */
    Fact fact(String key);

    Source source(String sourceId);

    default String text(String key) {
        return fact(key).value();
    }

    /** A fact as a number; "2.30", "2025" and "69 11 77 99"-style spaces are accepted. */
    default BigDecimal number(String key) {
        String raw = fact(key).value().replace(" ", "").replace(",", ".");
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Fact '" + key + "' is '" + fact(key).value()
                    + "', but a rule needs it as a number. Fix its value in intents/facts.json.", e);
        }
    }

    /**
     * A fact's value as written in one language: the same as {@link #fact}'s value unless the content
     * gives that language its own wording ("1 January 2018" / "1. januar 2018"), with the same digits.
     */
    default String value(String key, String language) {
        return fact(key).value();
    }

    /** Whether a fact is a decimal amount ("2.30"), written with the reply language's decimal separator. */
    default boolean decimal(String key) {
        return false;
    }

    default int integer(String key) {
        return number(key).intValueExact();
    }
}
