package healthbot.content;

import java.util.List;
import java.util.Locale;

/**
 * A language the bot speaks, as {@code settings.json} declares it. Everything else about the
 * language (its texts, examples and word lists) lives in {@code intents/languages/<code>/}.
 *
 * @param code             short code, e.g. {@code en}, {@code nb}, {@code nn}, {@code ar}
 * @param name             the language's name in itself, for the language buttons ("Norsk nynorsk")
 * @param fallback         the language a missing text is taken from ({@code nn -> nb -> en}), or null for the source language
 * @param aliases          other tags meaning this language (Telegram's {@code language_code}: "no", "nb-NO")
 * @param script           the script it is written in: {@code latin}, {@code cyrillic}, {@code arabic}, {@code ethiopic}
 * @param rightToLeft      whether it is written right to left
 * @param decimalSeparator how it writes the decimal point in amounts ("." or ",")
 * @param dateFormat       a {@link java.time.format.DateTimeFormatter} pattern for days ("EEEE d. MMMM")
 * @param plural           how it picks the form of a counted word ("1 week", "5 tygodni")
 */
public record Language(String code, String name, String fallback, List<String> aliases, String script,
                       boolean rightToLeft, String decimalSeparator, String dateFormat, PluralRule plural) {

    /** The scripts a language may declare. */
    public static final List<String> SCRIPTS = List.of("latin", "cyrillic", "arabic", "ethiopic");

    public Language {
        aliases = List.copyOf(aliases);
    }

    /** The locale for formatting days (month and weekday names) in this language. */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
