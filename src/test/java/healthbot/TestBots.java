package healthbot;

import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.content.Content;
import healthbot.content.ContentLoader;
import healthbot.dialogue.Bot;
import healthbot.nlu.Nlu;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The shipped content and its trained understanding, built once per test JVM (training takes a
 * second), and fresh bots over them.
 */
public final class TestBots {

    /** A Saturday at noon, Oslo time: the emergency dentist is open. */
    public static final String SATURDAY_NOON = "2026-11-21T12:00:00";

    private static Content content;
    private static Nlu nlu;

    private TestBots() {
    }

    public static synchronized Content content() {
        if (content == null) {
            content = ContentLoader.load(Path.of("intents"));
        }
        return content;
    }

    public static synchronized Nlu nlu() {
        if (nlu == null) {
            nlu = Nlu.train(content());
        }
        return nlu;
    }

    /** A fresh bot (no sessions) with the clock fixed at {@code isoLocalDateTime} in Oslo. */
    public static Bot bot(String isoLocalDateTime) {
        return bot(OsloClock.fixedOrSystem(isoLocalDateTime));
    }

    public static Bot bot(Clock clock) {
        return new Bot(content(), nlu(), clock, new NorwegianHolidays());
    }

    public static Bot bot() {
        return bot(SATURDAY_NOON);
    }
}
