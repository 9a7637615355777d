package healthbot.rules;

import java.util.Objects;

/**
 * One sourced value from the content: a phone number, a rate, a limit, an opening hour.
 *
 * @param key      content key, e.g. {@code travel.km_rate}
 * @param value    the value exactly as it should be shown, e.g. {@code 2.30} or {@code 69 11 77 99}
 * @param sourceId id of the source page it comes from (see {@link Source})
 * @param year     the year the source attaches to the figure, or {@code null} when it gives none
 */
public record Fact(String key, String value, String sourceId, Integer year) {
    public Fact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sourceId, "sourceId");
    }
}
