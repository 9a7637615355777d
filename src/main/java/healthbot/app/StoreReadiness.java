package healthbot.app;

import healthbot.ops.Readiness;
import healthbot.store.ConversationStore;
import healthbot.store.StoreHealth;

import java.util.function.Supplier;

/**
 * {@code /readyz}: the content is loaded (this object exists only once the bot is built) and the
 * store answers. The store's own health line says which store and why it is down.
 */
final class StoreReadiness implements Supplier<Readiness> {

    private final ConversationStore store;

    StoreReadiness(ConversationStore store) {
        this.store = store;
    }

    @Override
    public Readiness get() {
        StoreHealth h = store.health();
        return h.up() ? Readiness.ok() : Readiness.notReady("store unreachable: " + h.store() + ": " + h.detail());
    }
}
