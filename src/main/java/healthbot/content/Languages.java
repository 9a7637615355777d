package healthbot.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages of the content, in the order {@code settings.json} lists them, with the source
 * language (the one every text is written in first, and translations are checked against) and
 * each language's fallback chain ({@code nn -> nb -> en}). Immutable.
 */
public final class Languages {

    private final Map<String, Language> byCode = new LinkedHashMap<>();
    private final Map<String, List<String>> chains = new LinkedHashMap<>();
    private final String source;

    /**
     * @throws IllegalArgumentException when a code repeats, a fallback is unknown or loops, or the source is not listed
     */
    public Languages(List<Language> languages, String source) {
        for (Language l : languages) {
            if (byCode.putIfAbsent(l.code(), l) != null) {
                throw new IllegalArgumentException("language \"" + l.code() + "\" is listed twice");
            }
        }
        if (!byCode.containsKey(source)) {
            throw new IllegalArgumentException("the source language \"" + source + "\" is not among the languages "
                    + byCode.keySet());
        }
        this.source = source;
        for (Language l : languages) {
            List<String> chain = new ArrayList<>();
            for (String c = l.code(); c != null; c = byCode.get(c).fallback()) {
                if (chain.contains(c)) {
                    throw new IllegalArgumentException("the fallbacks of language \"" + l.code() + "\" go round in a circle: "
                            + chain + " -> " + c);
                }
                if (!byCode.containsKey(c)) {
                    throw new IllegalArgumentException("language \"" + chain.get(chain.size() - 1) + "\" falls back to \""
                            + c + "\", which is not among the languages " + byCode.keySet());
                }
                chain.add(c);
            }
            if (!chain.contains(source)) {
                chain.add(source); // every chain ends in the source language, which has every text
            }
            chains.put(l.code(), List.copyOf(chain));
        }
    }

    /** The language texts are written in first; it has every text. */
    public String source() {
        return source;
    }

    public List<Language> all() {
        return List.copyOf(byCode.values());
    }

    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    public boolean has(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** @throws IllegalArgumentException for a code that is not a language of the content */
    public Language get(String code) {
        Language l = byCode.get(code);
        if (l == null) {
            throw new IllegalArgumentException("\"" + code + "\" is not a language of the content; known: " + byCode.keySet());
        }
        return l;
    }

    /** The code itself, then its fallbacks, ending in the source language. */
    public List<String> chain(String code) {
        List<String> chain = chains.get(code);
        return chain != null ? chain : chains.get(source);
    }

    /**
     * The language a tag such as Telegram's {@code language_code} means ("nb", "no", "nn-NO", "pl"):
     * a code, an alias, or the tag's primary subtag.
     */
    public Optional<String> forTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String t = tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (String candidate : t.contains("-") ? List.of(t, t.substring(0, t.indexOf('-'))) : List.of(t)) {
            for (Language l : byCode.values()) {
                if (l.code().equals(candidate) || l.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(candidate))) {
                    return Optional.of(l.code());
                }
            }
        }
        return Optional.empty();
    }
}
