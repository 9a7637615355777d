package healthbot.app;

import healthbot.store.ConversationStore;
import healthbot.store.Stores;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code --db FILE} for the commands that keep sessions in memory by default (chat, test, bench):
 * with it, sessions live in that SQLite file between messages, as in {@code telegram}.
 */
final class StoreOption {

    @Option(names = "--db", paramLabel = "FILE",
            description = "Keep sessions in this SQLite file instead of in memory (created if missing).")
    Path db;

    /** The store {@code --db} asks for, or null for sessions in memory. */
    ConversationStore openOrNull() {
        return db == null ? null : Stores.sqlite(db);
    }
}
