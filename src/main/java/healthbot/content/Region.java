package healthbot.content;

import java.util.List;

/**
 * A region the bot can answer for.
 *
 * @param id    {@code baerum}, {@code ostfold} or {@code other}
 * @param label button label
 * @param names lower-case place names that mean this region (municipalities, towns)
 */
public record Region(String id, Text label, List<String> names) {
    public Region {
        names = List.copyOf(names);
    }
}
