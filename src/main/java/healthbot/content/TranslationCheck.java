package healthbot.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proves every translated text states exactly the facts of its source-language text: the same
 * numbers (phone numbers, amounts, percentages, years, ages, hours, km rates: every run of digits,
 * with the facts filled in), the same placeholders ({@code {fact:key}}, {@code {variable}}) and
 * the same links. A number or link in only one of the two is a problem at the translation's
 * file:line:col. Digits must be written as ASCII digits in every language (Arabic answers use
 * Western digits, as Norwegian services do), so that this check and the phone numbers hold.
 */
final class TranslationCheck {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LINK = Pattern.compile("https?://\\S+|www\\.\\S+");

    private final Content content;

    TranslationCheck(Content content) {
        this.content = content;
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        String source = content.languages().source();
        Language sourceLanguage = content.languages().get(source);
        content.texts().forEach((id, byLanguage) -> {
            Located<String> original = byLanguage.get(source);
            if (original == null) {
                return; // reported by the loader
            }
            Facts f = facts(original.value(), sourceLanguage);
            byLanguage.forEach((language, text) -> {
                if (language.equals(source)) {
                    return;
                }
                Facts t = facts(text.value(), sourceLanguage);
                if (f == null || t == null) {
                    return; // a template that does not parse, or a missing fact: reported elsewhere
                }
                compare(problems, id, language, text, "numbers", f.numbers(), t.numbers());
                compare(problems, id, language, text, "placeholders", f.placeholders(), t.placeholders());
                compare(problems, id, language, text, "links", f.links(), t.links());
            });
        });
        return problems;
    }

    private static void compare(List<Problem> problems, String id, String language, Located<String> text, String what,
                                Set<String> source, Set<String> translated) {
        if (source.equals(translated)) {
            return;
        }
        Set<String> missing = new TreeSet<>(source);
        missing.removeAll(translated);
        Set<String> added = new TreeSet<>(translated);
        added.removeAll(source);
        problems.add(text.problem("the " + language + " text of \"" + id + "\" does not state the same " + what
                + " as the source text: " + (missing.isEmpty() ? "" : "missing " + missing)
                + (missing.isEmpty() || added.isEmpty() ? "" : ", ") + (added.isEmpty() ? "" : "not in the source " + added)
                + "; a translation must carry exactly the source's facts"));
    }

    /** What a text states: digit runs (facts filled in), placeholders and links. */
    private record Facts(Set<String> numbers, Set<String> placeholders, Set<String> links) {}

    private Facts facts(String raw, Language language) {
        Template t;
        String rendered;
        try {
            t = Template.parse(raw);
            rendered = t.render(content, Map.of(), language);
        } catch (RuntimeException e) {
            return null;
        }
        Set<String> numbers = new TreeSet<>();
        Matcher m = DIGITS.matcher(rendered);
        while (m.find()) {
            numbers.add(m.group());
        }
        Set<String> placeholders = new TreeSet<>();
        t.factKeys().forEach(k -> placeholders.add("{fact:" + k + "}"));
        t.variables().forEach(v -> placeholders.add("{" + v + "}"));
        Set<String> links = new TreeSet<>();
        Matcher l = LINK.matcher(raw);
        while (l.find()) {
            links.add(l.group());
        }
        return new Facts(numbers, placeholders, links);
    }
}
