package healthbot.app;

import healthbot.store.ConversationStore;
import healthbot.store.Stores;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code --db FILE} for the commands that read what staff get back ({@code inbox}, {@code usage}):
 * that SQLite file, else the store the bot itself uses ({@code REDIS_URL}, {@code HEALTHBOT_DB},
 * default {@code data/healthbot.db}).
 */
final class StaffStoreOption {

    @Option(names = "--db", paramLabel = "FILE",
            description = "Read this SQLite file (default: REDIS_URL, else HEALTHBOT_DB, else data/healthbot.db).")
    Path db;

    ConversationStore open() {
        if (db != null) {
            return Stores.sqlite(db);
        }
        try {
            return Stores.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
