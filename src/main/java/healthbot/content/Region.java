package healthbot.content;

import java.util.List;

/**
 * A region the bot can answer for.
 *
 * @param id    {@code baerum}, {@code ostfold} or {@code other}
 * @param label button label, per language
 * @param names lower-case place names that mean this region (municipalities, towns); for {@code other}
 *              also the lexicons' words for "somewhere else"
 */
public record Region(String id, Localized<String> label, List<String> names) {
    public Region {
        names = List.copyOf(names);
    }
}
