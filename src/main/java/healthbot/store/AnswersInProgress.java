package healthbot.store;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The updates this process is answering, one per chat at most (the channel serialises a chat's
 * updates in the process): what {@link ConversationStore#answering} opens, for the stores to read
 * when they load or save a session. Process memory only; nothing here is stored.
 */
final class AnswersInProgress {

    /** No update: sessions are loaded and saved as they are (consoles, scripts, tests). */
    static final long NONE = 0;

    private final ConcurrentHashMap<String, Scope> byChat = new ConcurrentHashMap<>();

    AnswerScope begin(String chatId, long updateId) {
        if (updateId == NONE) {
            throw new IllegalArgumentException("update id " + NONE + " means no update; Telegram's ids start at 1");
        }
        Scope scope = new Scope(chatId, updateId);
        byChat.put(chatId, scope);
        return scope;
    }

    /** The update being answered in the chat, or {@link #NONE}. */
    long updateOf(String chatId) {
        Scope s = byChat.get(chatId);
        return s == null ? NONE : s.updateId;
    }

    /** Notes that a session written for the chat's current update may not survive a failover. */
    void unreplicated(String chatId) {
        Scope s = byChat.get(chatId);
        if (s != null) {
            s.unreplicated = true;
        }
    }

    private final class Scope implements AnswerScope {
        private final String chatId;
        private final long updateId;
        private volatile boolean unreplicated;

        Scope(String chatId, long updateId) {
            this.chatId = chatId;
            this.updateId = updateId;
        }

        @Override
        public boolean unreplicated() {
            return unreplicated;
        }

        @Override
        public void close() {
            byChat.remove(chatId, this);
        }
    }
}
