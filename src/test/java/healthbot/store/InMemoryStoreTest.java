package healthbot.store;

import healthbot.testsupport.MovableClock;

import java.time.Duration;

/** The store contract, in memory, with a clock the test moves. */
final class InMemoryStoreTest extends StoreContract {

    private final MovableClock clock = new MovableClock();

    @Override
    ConversationStore open() {
        return new InMemoryStore(clock);
    }

    @Override
    Duration shortTtl() {
        return Duration.ofSeconds(5);
    }

    @Override
    void letExpire() {
        clock.advance(Duration.ofSeconds(6));
    }
}
