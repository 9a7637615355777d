package healthbot.store;

/**
 * Whether a store can be used, for readiness checks and logs.
 *
 * @param store  what the store is ({@link ConversationStore#describe()})
 * @param up     true when the last check could read and write it
 * @param detail "ok", or what failed and how to fix it
 */
public record StoreHealth(String store, boolean up, String detail) {

    public static StoreHealth up(String store) {
        return new StoreHealth(store, true, "ok");
    }

    public static StoreHealth down(String store, String why) {
        return new StoreHealth(store, false, why);
    }
}
