package healthbot.channel.telegram;

import java.util.LinkedHashSet;
import java.util.Iterator;

/** The ids of the most recent updates handled, so a redelivered update is answered once. Bounded. */
final class SeenUpdates {

    private final int capacity;
    private final LinkedHashSet<Integer> ids = new LinkedHashSet<>();

    SeenUpdates(int capacity) {
        this.capacity = capacity;
    }

    synchronized boolean contains(int updateId) {
        return ids.contains(updateId);
    }

    synchronized void add(int updateId) {
        if (ids.add(updateId) && ids.size() > capacity) {
            Iterator<Integer> oldest = ids.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    synchronized int size() {
        return ids.size();
    }
}
