package healthbot.store;

/**
 * This process is answering one Telegram update of a chat, from
 * {@link ConversationStore#answering} until {@link #close()}. While it is open the store writes
 * the chat's session together with the update that produced it and the session as it was before
 * that update, and a load for the same update returns the latter: answering an update again (its
 * redelivery after a crash between saving and sending) starts from the same state as the first
 * time, so it gives the same reply instead of skipping one.
 */
public interface AnswerScope extends AutoCloseable {

    /**
     * Whether a session written for this update was taken by the store but not acknowledged by a
     * replica in time, so that a failover now could lose it: a reply built on it must not be sent
     * (the update is answered again later, from the state before it).
     */
    boolean unreplicated();

    /** Ends the scope; never throws. */
    @Override
    void close();
}
