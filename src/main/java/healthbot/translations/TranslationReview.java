package healthbot.translations;

import healthbot.content.Content;
import healthbot.content.Language;
import healthbot.content.Located;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The review status of every translation of the content: for each language but the source
 * language, each text is reviewed, stale (its source text or its translation changed since the
 * review), never reviewed, or not translated. Reviews are always against the source language's
 * text (the one {@code validate} checks translations against), also for a language whose fallback is
 * another (Nynorsk is reviewed against English, like the others).
 *
 * <p>Reads each language's {@code reviewed.json} when built; {@link #markReviewed} writes one.
 */
public final class TranslationReview {

    private final Content content;
    private final List<LanguageReview> languages = new ArrayList<>();

    private TranslationReview(Content content) {
        this.content = content;
        for (Language l : content.languages().all()) {
            if (!l.code().equals(content.languages().source())) {
                languages.add(review(l));
            }
        }
    }

    /** @throws ReviewFileException when a {@code reviewed.json} cannot be read */
    public static TranslationReview of(Content content) {
        return new TranslationReview(content);
    }

    /** Every translated language, in the order of {@code settings.json}. */
    public List<LanguageReview> languages() {
        return List.copyOf(languages);
    }

    /** @throws IllegalArgumentException for a code that is not a translated language of the content */
    public LanguageReview language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("\"" + code + "\" is not a translated language of the content; translated: "
                        + languages.stream().map(LanguageReview::code).toList()));
    }

    /** One line for {@code validate}: how many texts of each language are reviewed, and how many stale. */
    public String summaryLine() {
        List<String> parts = new ArrayList<>();
        for (LanguageReview l : languages) {
            parts.add(l.code() + " " + l.count(ReviewStatus.REVIEWED) + "/" + l.texts().size()
                    + (l.stale() == 0 ? "" : " (" + l.stale() + " stale)"));
        }
        return "Translation review against " + content.languages().source() + ": "
                + (parts.isEmpty() ? "no translated languages" : String.join(", ", parts) + " reviewed")
                + "; `healthbot translations` lists what needs review.";
    }

    /**
     * Records that a translator reviewed texts of one language as they are now, and writes its
     * {@code reviewed.json} (dropping entries of texts the content no longer has).
     *
     * @param ids the text ids reviewed; empty means every translated text that needs review
     * @return how many texts were marked
     * @throws IllegalArgumentException for an unknown language, or an id that is no translated text of it
     */
    public int markReviewed(String code, Collection<String> ids, String reviewer, LocalDate date) {
        if (reviewer == null || reviewer.isBlank()) {
            throw new IllegalArgumentException("say who reviewed the texts (a name or initials)");
        }
        LanguageReview language = language(code);
        Map<String, TextReview> byId = new TreeMap<>();
        language.texts().forEach(t -> byId.put(t.id(), t));
        List<TextReview> marked = new ArrayList<>();
        if (ids.isEmpty()) {
            marked.addAll(language.needingReview());
        } else {
            for (String id : ids) {
                TextReview t = byId.get(id);
                if (t == null) {
                    throw new IllegalArgumentException("\"" + id + "\" is not a text of the content (ids look like"
                            + " intents.gp_register.answer; `healthbot translations --language " + code + "` lists them)");
                }
                if (t.translation() == null) {
                    throw new IllegalArgumentException("\"" + id + "\" has no " + code + " translation yet, so there is"
                            + " nothing to review; translate it first");
                }
                marked.add(t);
            }
        }
        Map<String, ReviewEntry> entries = new TreeMap<>(ReviewFile.read(language.file()));
        entries.keySet().retainAll(byId.keySet());
        for (TextReview t : marked) {
            entries.put(t.id(), new ReviewEntry(Checksum.of(t.source().value()), Checksum.of(t.translation().value()),
                    reviewer.strip(), date, 0));
        }
        ReviewFile.write(language.file(), entries);
        int at = languages.indexOf(language);
        languages.set(at, review(content.languages().get(code)));
        return marked.size();
    }

    private LanguageReview review(Language language) {
        Path file = content.dir().resolve("languages").resolve(language.code()).resolve(ReviewFile.NAME);
        Map<String, ReviewEntry> entries = ReviewFile.read(file);
        String source = content.languages().source();
        List<TextReview> texts = new ArrayList<>();
        content.texts().forEach((id, byLanguage) -> {
            Located<String> original = byLanguage.get(source);
            if (original != null) {
                Located<String> translation = byLanguage.get(language.code());
                texts.add(new TextReview(id, status(original, translation, entries.get(id)), translation, original));
            }
        });
        Set<String> known = content.texts().keySet();
        List<String> obsolete = new ArrayList<>();
        entries.forEach((id, entry) -> {
            if (!known.contains(id)) {
                obsolete.add(file + ":" + entry.line() + ": \"" + id + "\" is no text of the content any more; its entry"
                        + " is dropped the next time texts of " + language.code() + " are marked reviewed");
            }
        });
        return new LanguageReview(language.code(), language.name(), file, texts, obsolete);
    }

    private static ReviewStatus status(Located<String> source, Located<String> translation, ReviewEntry entry) {
        if (translation == null) {
            return ReviewStatus.NOT_TRANSLATED;
        }
        if (entry == null) {
            return ReviewStatus.NEVER_REVIEWED;
        }
        if (!entry.source().equals(Checksum.of(source.value()))) {
            return ReviewStatus.SOURCE_CHANGED;
        }
        if (!entry.translation().equals(Checksum.of(translation.value()))) {
            return ReviewStatus.TRANSLATION_CHANGED;
        }
        return ReviewStatus.REVIEWED;
    }
}
