package healthbot.content;

/**
 * Remembers content that passed validation, so that a start-up with exactly the content this
 * build validated before skips {@link ContentValidator}'s cross-file checks (a good part of loading
 * on a cold JVM). The key is every file the loader read, byte for byte ({@link ContentLoader}); any
 * change validates again. The loader's own checks (broken JSON, unknown fields, missing files) run
 * at every load, and {@code validate} always runs everything.
 */
public interface ValidatedContent {

    /** Remembers nothing: every load validates. */
    ValidatedContent NONE = new ValidatedContent() {
        @Override
        public boolean known(byte[] contentKey) {
            return false;
        }

        @Override
        public void remember(byte[] contentKey) {
            // nothing kept
        }
    };

    /** Whether content with exactly this key passed validation before. */
    boolean known(byte[] contentKey);

    /** Notes that content with this key passed validation (failing to keep it is not an error). */
    void remember(byte[] contentKey);
}
