package healthbot.translations;

/** Where one translated text stands with its review. */
public enum ReviewStatus {
    /** Reviewed, and neither the source text nor the translation changed since. */
    REVIEWED("reviewed"),
    /** Reviewed, but the source text changed since: the translation may no longer say the same. */
    SOURCE_CHANGED("source changed since review"),
    /** Reviewed, but the translation was edited since: the edit has not been reviewed. */
    TRANSLATION_CHANGED("translation edited since review"),
    /** Translated but never reviewed. */
    NEVER_REVIEWED("never reviewed"),
    /** Not translated: the bot answers it from the fallback language with a note. */
    NOT_TRANSLATED("not translated");

    private final String words;

    ReviewStatus(String words) {
        this.words = words;
    }

    /** How a report names it ("source changed since review"). */
    public String words() {
        return words;
    }

    /** Whether a translator has a translation to review here (a missing one is a translation to write first). */
    public boolean needsReview() {
        return this == SOURCE_CHANGED || this == TRANSLATION_CHANGED || this == NEVER_REVIEWED;
    }
}
