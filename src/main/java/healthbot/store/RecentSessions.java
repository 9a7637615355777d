package healthbot.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sessions this process wrote last, per chat (a bounded number of chats, each until it
 * expires), so that a Redis that went back in time is noticed: after a failover that lost the
 * primary's last writes, the replica that took over may hold a chat's session from an earlier
 * update than the one this process answered last. Answering from that older session would read
 * the resident's answer as the answer to a question asked before; this process's newer copy is
 * used instead (and written back with the next save). A session that is gone altogether is not
 * brought back: it may have been deleted by {@code /forget} at another instance.
 *
 * <p>The last two writes of a chat are kept, because the copy to use depends on the update being
 * answered: only a session produced by an <em>earlier</em> update is the state that update is
 * answered from. An update answered again (its reply held back, Telegram delivering it again)
 * starts from the session before it, never from the one it produced itself, which is the state
 * after it; and when the primary lost that one too, the write before it is the right copy.
 */
final class RecentSessions {

    private record Written(long producedBy, String body, long expiresAtMillis) {}

    /** A chat's last write and the one before it (null when none). */
    private record LastTwo(Written last, Written before) {}

    private final int capacity;
    private final LinkedHashMap<String, LastTwo> byChat = new LinkedHashMap<>();

    RecentSessions(int capacity) {
        this.capacity = capacity;
    }

    /** A session this process stored, produced by update {@code producedBy} (positive). */
    synchronized void wrote(String chatId, long producedBy, String body, long expiresAtMillis) {
        LastTwo had = byChat.remove(chatId); // re-inserted last: the map is ordered oldest write first
        Written now = new Written(producedBy, body, expiresAtMillis);
        Written before = had == null ? null : had.last.producedBy == producedBy ? had.before : had.last;
        byChat.put(chatId, new LastTwo(now, before));
        if (byChat.size() > capacity) {
            Iterator<Map.Entry<String, LastTwo>> oldest = byChat.entrySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    synchronized void forgot(String chatId) {
        byChat.remove(chatId);
    }

    /**
     * This process's copy to answer update {@code answering} from ({@link AnswersInProgress#NONE}:
     * no update, the newest copy) when the stored session, produced by {@code storedBy} ({@code 0}:
     * unknown), is older than it; else null.
     */
    synchronized String newerThan(String chatId, long storedBy, long answering, long nowMillis) {
        LastTwo two = byChat.get(chatId);
        if (two == null) {
            return null;
        }
        if (two.last.expiresAtMillis <= nowMillis) {
            byChat.remove(chatId);
            return null;
        }
        Written copy = answersFrom(two.last, answering) ? two.last
                : two.before != null && answersFrom(two.before, answering) && two.before.expiresAtMillis > nowMillis
                ? two.before : null;
        return copy != null && storedBy < copy.producedBy ? copy.body : null;
    }

    private static boolean answersFrom(Written w, long answering) {
        return answering == AnswersInProgress.NONE || w.producedBy < answering;
    }
}
