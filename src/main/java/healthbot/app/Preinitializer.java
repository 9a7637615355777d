package healthbot.app;

import healthbot.content.ContentLoader;
import healthbot.nlu.Nlu;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that does not depend on the command line, done on a second thread while the main
 * thread parses the arguments and loads the content (the idea of Spring Boot's
 * {@code BackgroundPreinitializer}): the logging back end (slf4j-simple's date format loads locale
 * data), Jackson's mapper and deserializers for the content files, and CoreNLP's tokenizer and
 * lemmatiser tables (built on first use, needed by the first message). It only initialises classes
 * and fills thread-safe caches, which happens once whichever thread gets there first; when the main
 * thread needs one of them sooner it waits for it or does it itself, so the outcome is the same with
 * or without this thread.
 * Failures are ignored here: the main thread meets them again and reports them.
 */
final class Preinitializer {

    private Preinitializer() {
    }

    /** Starts the warm-up on a daemon thread (it never keeps the JVM alive). */
    static void start() {
        Thread t = new Thread(Preinitializer::run, "preinitializer");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            LoggerFactory.getILoggerFactory();
            ContentLoader.warmUp();
            Nlu.warmUp();
        } catch (RuntimeException e) {
            // only a warm-up: the main thread does the real work and reports what fails
        }
    }
}
