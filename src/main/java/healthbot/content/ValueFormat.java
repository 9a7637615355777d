package healthbot.content;

import healthbot.rules.Value;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Writes a rule's typed values the way a language writes them (decimal separator, day names). */
final class ValueFormat {

    private static final Map<String, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

    private ValueFormat() {
    }

    static String format(Value value, Language language) {
        if (value instanceof Value.Money || value instanceof Value.Quantity) {
            return decimal(value.plain(), language);
        }
        if (value instanceof Value.Day d) {
            return DATES.computeIfAbsent(language.code() + "|" + language.dateFormat(),
                    key -> DateTimeFormatter.ofPattern(language.dateFormat(), language.locale())).format(d.date());
        }
        return value.plain();
    }

    /** "2.30" with the language's decimal separator ("2,30"); digits never change. */
    static String decimal(String plain, Language language) {
        return language.decimalSeparator().equals(".") ? plain : plain.replace(".", language.decimalSeparator());
    }
}
