package healthbot.channel.telegram;

/** Waits; a seam so rate limiting and retries are tested without real time passing. */
@FunctionalInterface
interface Sleeper {

    Sleeper REAL = nanos -> {
        if (nanos > 0) {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(nanos);
        }
    };

    void sleep(long nanos) throws InterruptedException;
}
