package healthbot.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every text of every language, by id, turned into {@link Localized} values as the loader asks for
 * them by id. It knows which ids the content has (the loader asks for each) and so reports, with
 * file:line:col, a text whose id is unknown (a typo, a deleted intent), a translation of a text the
 * source language does not have, a template that does not parse; and, as notices that do not stop
 * the bot, a text a language has not translated yet (answered from its fallback with a note).
 */
final class TextCatalogue {

    private final Languages languages;
    private final Map<String, LanguagePack> packs;
    private final List<Problem> problems;
    private final List<Problem> notices;
    private final Set<String> asked = new HashSet<>();
    private final Map<String, Map<String, Located<String>>> byId = new LinkedHashMap<>();

    TextCatalogue(Languages languages, Map<String, LanguagePack> packs, List<Problem> problems, List<Problem> notices) {
        this.languages = languages;
        this.packs = packs;
        this.problems = problems;
        this.notices = notices;
        for (LanguagePack pack : packs.values()) {
            pack.texts().forEach((id, text) -> byId.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(pack.code(), text));
        }
    }

    /** The texts of an id by language, or an empty map. */
    Map<String, Located<String>> raw(String id) {
        asked.add(id);
        return byId.getOrDefault(id, Map.of());
    }

    /**
     * A plain text (a label).
     *
     * @param required when true, a missing source-language text is a problem; otherwise null is returned
     */
    Localized<String> text(String id, boolean required, String what) {
        Map<String, Located<String>> found = present(id, required, what);
        if (found == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        found.forEach((language, located) -> values.put(language, located.value()));
        return new Localized<>(values, languages);
    }

    /** A template ({@code {fact:key}}, {@code {variable}}); a language whose text does not parse is left out. */
    Localized<Template> template(String id, boolean required, String what) {
        Map<String, Located<String>> found = present(id, required, what);
        if (found == null) {
            return null;
        }
        Map<String, Template> values = new LinkedHashMap<>();
        found.forEach((language, located) -> {
            try {
                values.put(language, Template.parse(located.value()));
            } catch (IllegalArgumentException e) {
                problems.add(located.problem("in text \"" + id + "\": " + e.getMessage()));
            }
        });
        if (!values.containsKey(languages.source())) {
            return null; // reported above
        }
        return new Localized<>(values, languages);
    }

    private Map<String, Located<String>> present(String id, boolean required, String what) {
        Map<String, Located<String>> found = raw(id);
        if (!found.containsKey(languages.source())) {
            found.values().forEach(l -> problems.add(l.problem("text \"" + id + "\" has no " + sourceName()
                    + " text to translate from; add it to " + sourceFile() + " or delete this one")));
            if (required) {
                problems.add(new Problem(sourceFile(), 0, 0, what + " is missing: add \"" + id + "\" (nested as "
                        + nested(id) + ")"));
            }
            return null;
        }
        for (String language : languages.codes()) {
            if (!found.containsKey(language) && packs.containsKey(language)) {
                notices.add(new Problem(packs.get(language).dir().resolve(LanguagePack.TEXTS), 0, 0, "\"" + id
                        + "\" is not translated yet; the bot answers it in " + languages.chain(language).stream()
                        .filter(found::containsKey).findFirst().orElse(languages.source()) + " with a note"));
            }
        }
        return found;
    }

    /** Treats every text under {@code prefix} as known (a flow whose rule is unknown: reported once, not per text). */
    void claim(String prefix) {
        for (String id : byId.keySet()) {
            if (id.startsWith(prefix + ".")) {
                asked.add(id);
            }
        }
    }

    /** Reports every text whose id no intent, flow, region or engine text has. */
    void reportUnknown() {
        for (Map.Entry<String, Map<String, Located<String>>> e : byId.entrySet()) {
            if (asked.contains(e.getKey())) {
                continue;
            }
            String hint = nearest(e.getKey());
            for (Located<String> text : e.getValue().values()) {
                problems.add(text.problem("unknown text \"" + e.getKey() + "\": no intent, flow slot, outcome, region or"
                        + " engine text has this id" + (hint == null ? "" : "; did you mean \"" + hint + "\"?")));
            }
        }
    }

    /** Every text by id and language, with where it is written. */
    Map<String, Map<String, Located<String>>> all() {
        Map<String, Map<String, Located<String>>> out = new LinkedHashMap<>();
        byId.forEach((id, texts) -> {
            if (asked.contains(id)) {
                out.put(id, texts);
            }
        });
        return out;
    }

    private String nearest(String id) {
        String parent = id.contains(".") ? id.substring(0, id.lastIndexOf('.')) : "";
        List<String> siblings = new ArrayList<>();
        for (String known : new TreeSet<>(asked)) {
            if (known.startsWith(parent + ".")) {
                siblings.add(known);
            }
        }
        return siblings.size() == 1 ? siblings.get(0) : null;
    }

    private Path sourceFile() {
        LanguagePack source = packs.get(languages.source());
        return source == null ? Path.of(LanguagePack.TEXTS) : source.dir().resolve(LanguagePack.TEXTS);
    }

    private String sourceName() {
        return languages.get(languages.source()).name();
    }

    private static String nested(String id) {
        StringBuilder s = new StringBuilder();
        String[] parts = id.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            s.append("{\"").append(parts[i]).append("\": ");
        }
        s.append("\"...\"");
        s.append("}".repeat(parts.length));
        return s.toString();
    }
}
