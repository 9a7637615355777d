package healthbot.store;

import java.time.LocalDate;

/**
 * What one daily usage counter counts: nothing personal, only the day and four categories.
 *
 * @param day      the day (Oslo time)
 * @param channel  {@code telegram}, {@code console}, {@code studio}
 * @param language the language code of the reply
 * @param intent   the intent (or {@code -} for counts that have none, e.g. conversations)
 * @param measure  what happened: {@code conversation}, {@code answer}, {@code emergency}, {@code legevakt},
 *                 {@code fallback}, {@code clarify}, {@code flow_finished}, {@code flow_abandoned},
 *                 {@code helpful_yes}, {@code helpful_no}
 */
public record UsageKey(LocalDate day, String channel, String language, String intent, String measure) {

    /** The key as one line of tab-separated fields (day first), as Redis keeps it in a hash field. */
    String field() {
        return String.join("\t", channel, language, intent, measure);
    }

    static UsageKey of(LocalDate day, String field) {
        String[] f = field.split("\t", -1);
        if (f.length != 4) {
            throw new IllegalArgumentException("a usage counter field has " + f.length + " parts, expected 4: " + field);
        }
        return new UsageKey(day, f[0], f[1], f[2], f[3]);
    }
}
