package healthbot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

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
        clock.now = clock.now.plusSeconds(6);
    }

    static final class MovableClock extends Clock {
        volatile Instant now = Instant.parse("2026-11-21T11:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
