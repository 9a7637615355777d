package healthbot.content;

import healthbot.rules.Facts;
import healthbot.rules.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An answer text parsed once at load time into literal parts and placeholders:
 * {@code {name}} (a variable the rule computes), {@code {fact:key}} (a fact's value) and
 * {@code {year:key}} (the year the source gives for a fact). Rendering does no parsing.
 */
public final class Template {

    private sealed interface Part permits Literal, Variable, FactValue, FactYear {}

    private record Literal(String text) implements Part {}

    private record Variable(String name) implements Part {}

    private record FactValue(String key) implements Part {}

    private record FactYear(String key) implements Part {}

    private final String source;
    private final List<Part> parts;

    private Template(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    /**
     * @throws IllegalArgumentException on an unclosed or empty placeholder, with its position
     */
    public static Template parse(String text) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                parts.add(new Literal(text.substring(i)));
                break;
            }
            if (open > i) {
                parts.add(new Literal(text.substring(i, open)));
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '{' at character " + (open + 1)
                        + " of \"" + abbreviate(text) + "\"; write {name}, {fact:key} or {year:key}");
            }
            String inside = text.substring(open + 1, close).trim();
            if (inside.isEmpty()) {
                throw new IllegalArgumentException("empty placeholder {} at character " + (open + 1)
                        + " of \"" + abbreviate(text) + "\"");
            }
            if (inside.startsWith("fact:")) {
                parts.add(new FactValue(inside.substring(5).trim()));
            } else if (inside.startsWith("year:")) {
                parts.add(new FactYear(inside.substring(5).trim()));
            } else {
                parts.add(new Variable(inside));
            }
            i = close + 1;
        }
        return new Template(text, parts);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** Fact keys referenced by {@code {fact:..}} or {@code {year:..}}. */
    public Set<String> factKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Part p : parts) {
            if (p instanceof FactValue f) {
                keys.add(f.key());
            } else if (p instanceof FactYear y) {
                keys.add(y.key());
            }
        }
        return keys;
    }

    /** Variable names referenced by {@code {name}}. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        for (Part p : parts) {
            if (p instanceof Variable v) {
                names.add(v.name());
            }
        }
        return names;
    }

    /** A template without variables ({@code {fact:..}} only), in {@code language}'s way of writing. */
    public String render(Facts facts, Language language) {
        return render(facts, Map.of(), language);
    }

    /**
     * Fills the placeholders, writing typed values and decimal facts the way {@code language} writes
     * them; a variable the rule did not produce renders as "?" (validate prevents it).
     */
    public String render(Facts facts, Map<String, Value> variables, Language language) {
        StringBuilder out = new StringBuilder(source.length() + 32);
        for (Part p : parts) {
            if (p instanceof Literal l) {
                out.append(l.text());
            } else if (p instanceof Variable v) {
                Value value = variables.get(v.name());
                out.append(value == null ? "?" : ValueFormat.format(value, language));
            } else if (p instanceof FactValue f) {
                String value = facts.value(f.key(), language.code());
                out.append(facts.decimal(f.key()) ? ValueFormat.decimal(value, language) : value);
            } else if (p instanceof FactYear y) {
                Integer year = facts.fact(y.key()).year();
                out.append(year == null ? "?" : year.toString());
            }
        }
        return out.toString();
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
