package healthbot.channel.telegram;

import healthbot.ops.Metrics;
import healthbot.ops.OperatorEndpoints;
import healthbot.ops.Readiness;
import healthbot.store.ConversationStore;
import healthbot.store.InMemoryStore;

/** Channel services for tests: a store of the test's choosing, fresh metrics, endpoints always ready. */
public final class TestServices {

    private TestServices() {
    }

    public static ChannelServices inMemory() {
        return over(new InMemoryStore());
    }

    public static ChannelServices over(ConversationStore store) {
        Metrics metrics = Metrics.create();
        return new ChannelServices(store, metrics, new OperatorEndpoints(metrics, Readiness::ok));
    }
}
