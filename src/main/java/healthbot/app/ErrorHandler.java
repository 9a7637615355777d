package healthbot.app;

import healthbot.content.ContentException;
import picocli.CommandLine;

/** Turns expected failures into one clear message on stderr and an exit code, without a stack trace. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int INVALID_CONTENT = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (e instanceof ContentException c) {
            cli.getErr().println("healthbot: the content is invalid, so the bot will not start.");
            cli.getErr().println(c.getMessage());
            return INVALID_CONTENT;
        }
        if (e instanceof IllegalArgumentException || e instanceof UserError) {
            cli.getErr().println("healthbot: " + e.getMessage());
            return 2;
        }
        throw new IllegalStateException(e);
    }
}
