package healthbot.content;

import healthbot.rules.Facts;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Text} parsed into templates for each language.
 *
 * @param en English template
 * @param no Norwegian template, or null
 */
public record LocalizedTemplate(Template en, Template no) {

    public static LocalizedTemplate parse(Text text) {
        return new LocalizedTemplate(Template.parse(text.en()),
                text.no() == null || text.no().isBlank() ? null : Template.parse(text.no()));
    }

    public String render(Language language, Facts facts, Map<String, String> variables) {
        Template t = language == Language.NO && no != null ? no : en;
        return t.render(facts, variables);
    }

    public Set<String> factKeys() {
        Set<String> keys = new LinkedHashSet<>(en.factKeys());
        if (no != null) {
            keys.addAll(no.factKeys());
        }
        return keys;
    }

    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>(en.variables());
        if (no != null) {
            names.addAll(no.variables());
        }
        return names;
    }
}
