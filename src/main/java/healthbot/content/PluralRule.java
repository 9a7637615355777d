package healthbot.content;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * How a language picks the form of a counted word ("1 week", "2 tygodnie", "5 tygodni", "21 тиждень"),
 * as {@code settings.json} names it per language ({@code "plural": "east_slavic"}). Each rule maps a
 * whole number to one of the three text forms the content writes: {@code _one}, {@code _few} or the
 * plain key (CLDR's "many" and "other"). Fractions always take the plain key. The rules follow the
 * CLDR plural rules for integers of the languages that use them.
 */
public enum PluralRule {
    /** 1 is {@code _one}, everything else plain (English, Norwegian, Arabic as written here, Somali, Tigrinya). */
    ONE_OTHER("one_other"),
    /** 1 is {@code _one}; 2–4, 22–24, ... but not 12–14 are {@code _few}; the rest plain ("5 tygodni", "21 tygodni"). */
    POLISH("polish"),
    /** Ending in 1 but not 11 is {@code _one} ("21 тиждень"); ending in 2–4 but not 12–14 is {@code _few}; the rest plain. */
    EAST_SLAVIC("east_slavic"),
    /** Ending in 1 but not 11 is {@code _one}; ending in 2–9 but not 12–19 is {@code _few}; 10, 11–19, 20, 30... plain. */
    LITHUANIAN("lithuanian");

    private final String id;

    PluralRule(String id) {
        this.id = id;
    }

    /** The name {@code settings.json} uses. */
    public String id() {
        return id;
    }

    /** The names {@code settings.json} may use, for error messages. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(PluralRule::id).toList();
    }

    /** The rule named {@code id}, or null when there is none. */
    public static PluralRule byId(String id) {
        for (PluralRule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        return null;
    }

    /** The key suffix for {@code amount}: {@code "_one"}, {@code "_few"} or {@code ""} for the plain key. */
    public String suffix(BigDecimal amount) {
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0) {
            return "";
        }
        long n = amount.longValue();
        long last = n % 10;
        long lastTwo = n % 100;
        return switch (this) {
            case ONE_OTHER -> n == 1 ? "_one" : "";
            case POLISH -> n == 1 ? "_one" : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "_few" : "";
            case EAST_SLAVIC -> last == 1 && lastTwo != 11 ? "_one"
                    : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "_few" : "";
            case LITHUANIAN -> lastTwo >= 11 && lastTwo <= 19 ? "" : last == 1 ? "_one" : last >= 2 ? "_few" : "";
        };
    }
}
