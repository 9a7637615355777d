package healthbot.translations;

import java.nio.file.Path;
import java.util.List;

/**
 * The review status of every text of one translated language.
 *
 * @param code     the language
 * @param name     its name in itself
 * @param file     its {@code reviewed.json} (which may not exist yet)
 * @param texts    every text of the source language, in content order, with its status in this language
 * @param obsolete entries of the file for texts the content no longer has, as {@code file:line: ...} notices
 */
public record LanguageReview(String code, String name, Path file, List<TextReview> texts, List<String> obsolete) {

    public LanguageReview {
        texts = List.copyOf(texts);
        obsolete = List.copyOf(obsolete);
    }

    public int count(ReviewStatus status) {
        return (int) texts.stream().filter(t -> t.status() == status).count();
    }

    /** Reviewed texts whose source or translation changed since. */
    public int stale() {
        return count(ReviewStatus.SOURCE_CHANGED) + count(ReviewStatus.TRANSLATION_CHANGED);
    }

    /** The translations a translator has to review (stale or never reviewed), in content order. */
    public List<TextReview> needingReview() {
        return texts.stream().filter(t -> t.status().needsReview()).toList();
    }

    /** Every text not reviewed: those {@link #needingReview()} and those not translated yet, in content order. */
    public List<TextReview> notReviewed() {
        return texts.stream().filter(t -> t.status() != ReviewStatus.REVIEWED).toList();
    }

    /** "nn: 12 of 312 reviewed, 3 stale (source changed 2, translation edited 1), 297 never reviewed, 0 not translated". */
    public String counts() {
        return code + ": " + count(ReviewStatus.REVIEWED) + " of " + texts.size() + " reviewed, " + stale() + " stale"
                + " (source changed " + count(ReviewStatus.SOURCE_CHANGED) + ", translation edited "
                + count(ReviewStatus.TRANSLATION_CHANGED) + "), " + count(ReviewStatus.NEVER_REVIEWED) + " never reviewed, "
                + count(ReviewStatus.NOT_TRANSLATED) + " not translated";
    }
}
