package healthbot.rules;

/**
 * A source page the bot may quote.
 *
 * @param id     short id used by facts, e.g. {@code ostfold}
 * @param title  human title, e.g. "Østfold county's public dental health service"
 * @param region the region the page speaks for, e.g. "Østfold"
 */
public record Source(String id, String title, String region) {}
