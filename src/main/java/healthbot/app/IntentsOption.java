package healthbot.app;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --intents DIR} option every command that loads content shares (a picocli mixin). */
final class IntentsOption {

    @Option(names = "--intents", paramLabel = "DIR", defaultValue = "intents",
            description = "Content directory (default: ${DEFAULT-VALUE}).")
    Path dir;
}
