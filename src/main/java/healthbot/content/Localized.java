package healthbot.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One thing in every language that has it (a text, a template, a label), looked up along the
 * language's fallback chain: a Nynorsk text missing falls back to Bokmål, then to the source
 * language, which always has it (the loader makes sure). Immutable.
 *
 * @param <T> what is localized
 */
public final class Localized<T> {

    /** A value and the language it is actually in (not the one asked for when it fell back). */
    public record Resolved<T>(T value, String language) {}

    private final Map<String, T> byLanguage;
    private final Languages languages;

    /**
     * @param byLanguage language code to value; must hold the source language
     * @throws IllegalArgumentException when the source language's value is missing
     */
    public Localized(Map<String, T> byLanguage, Languages languages) {
        if (!byLanguage.containsKey(languages.source())) {
            throw new IllegalArgumentException("no text in the source language \"" + languages.source() + "\"");
        }
        this.byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        this.languages = languages;
    }

    /** The value in {@code language}, or in the first language of its fallback chain that has one. */
    public T in(String language) {
        return resolve(language).value();
    }

    /** {@link #in}, saying which language the value is in. */
    public Resolved<T> resolve(String language) {
        for (String code : languages.chain(language)) {
            T value = byLanguage.get(code);
            if (value != null) {
                return new Resolved<>(value, code);
            }
        }
        throw new IllegalStateException("unreachable: the source language always has a value");
    }

    /** The value written for exactly this language, or null (no fallback). */
    public T exactly(String language) {
        return byLanguage.get(language);
    }

    /** The source language's value. */
    public T source() {
        return byLanguage.get(languages.source());
    }

    /** The languages that have a value of their own. */
    public Set<String> languages() {
        return byLanguage.keySet();
    }

    public Map<String, T> byLanguage() {
        return byLanguage;
    }

    public <R> Localized<R> map(Function<T, R> f) {
        Map<String, R> out = new LinkedHashMap<>();
        byLanguage.forEach((code, value) -> out.put(code, f.apply(value)));
        return new Localized<>(out, languages);
    }

    @Override
    public String toString() {
        return String.valueOf(source());
    }
}
