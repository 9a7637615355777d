package healthbot.channel.telegram;

import healthbot.ops.Metrics;
import healthbot.ops.OperatorEndpoints;
import healthbot.store.ConversationStore;

import java.util.Objects;

/**
 * What the Telegram channel uses besides the engine: the store that remembers answered update ids
 * and holds the chat locks, the metrics it records into, and the operator endpoints the webhook
 * server also serves. The channel does not close the store; its owner does, after the channel.
 */
public record ChannelServices(ConversationStore store, Metrics metrics, OperatorEndpoints endpoints) {

    public ChannelServices {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(endpoints, "endpoints");
    }
}
