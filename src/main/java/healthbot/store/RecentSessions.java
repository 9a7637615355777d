package healthbot.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sessions this process wrote last, per chat (a bounded number, each until it expires), so
 * that a Redis that went back in time is noticed: after a failover that lost the primary's last
 * writes, the replica that took over may hold a chat's session from an earlier update than the
 * one this process answered last. Answering from that older session would read the resident's
 * answer as the answer to a question asked before; this process's newer copy is used instead
 * (and written back with the next save). A session that is gone altogether is not brought back:
 * it may have been deleted by {@code /forget} at another instance.
 */
final class RecentSessions {

    private record Written(long producedBy, String body, long expiresAtMillis) {}

    private final int capacity;
    private final LinkedHashMap<String, Written> byChat = new LinkedHashMap<>();

    RecentSessions(int capacity) {
        this.capacity = capacity;
    }

    /** A session this process stored, produced by update {@code producedBy} (positive). */
    synchronized void wrote(String chatId, long producedBy, String body, long expiresAtMillis) {
        byChat.remove(chatId); // re-inserted last: the map is ordered oldest write first
        byChat.put(chatId, new Written(producedBy, body, expiresAtMillis));
        if (byChat.size() > capacity) {
            Iterator<Map.Entry<String, Written>> oldest = byChat.entrySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    synchronized void forgot(String chatId) {
        byChat.remove(chatId);
    }

    /**
     * This process's copy when the stored session, produced by {@code storedBy} ({@code 0}:
     * unknown), is older than the one this process wrote; else null.
     */
    synchronized String newerThan(String chatId, long storedBy, long nowMillis) {
        Written w = byChat.get(chatId);
        if (w == null) {
            return null;
        }
        if (w.expiresAtMillis <= nowMillis) {
            byChat.remove(chatId);
            return null;
        }
        return storedBy < w.producedBy ? w.body : null;
    }
}
