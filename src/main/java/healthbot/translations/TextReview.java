package healthbot.translations;

import healthbot.content.Located;

/**
 * The review status of one text in one language.
 *
 * @param id          the text id ({@code intents.gp_register.answer})
 * @param status      where it stands
 * @param translation the translated text with where it is written, or null when not translated
 * @param source      the source-language text with where it is written
 */
public record TextReview(String id, ReviewStatus status, Located<String> translation, Located<String> source) {

    /** Where a translator finds it: the translation's file:line:col, or the source's when there is none. */
    public String where() {
        Located<String> at = translation != null ? translation : source;
        return at.file() + ":" + at.line() + ":" + at.column();
    }
}
