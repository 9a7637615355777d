package healthbot.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A text in English and, optionally, Norwegian Bokmål.
 *
 * @param en English, always present
 * @param no Norwegian, or null when only English exists
 */
public record Text(@JsonProperty("en") String en, @JsonProperty("no") String no) {

    public static Text english(String en) {
        return new Text(en, null);
    }

    /** The text in {@code language}, falling back to English when there is no Norwegian. */
    public String in(Language language) {
        return language == Language.NO && no != null && !no.isBlank() ? no : en;
    }
}
