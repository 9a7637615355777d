package healthbot.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RecentSessionsTest {

    private static final long NOW = 1_000_000;
    private static final long LATER = NOW + 60_000;
    private final RecentSessions recent = new RecentSessions(16);

    @Test
    void aStoredSessionFromAnEarlierUpdateThanThisProcessWroteLastIsReplacedByThisProcesssCopy() {
        recent.wrote("c", 11, "after 11", LATER);
        assertEquals("after 11", recent.newerThan("c", 10, 12, NOW), "the store went back to the session of update 10");
        assertNull(recent.newerThan("c", 11, 12, NOW), "the store has what this process wrote");
        assertNull(recent.newerThan("c", 13, 14, NOW), "another instance wrote a newer one");
    }

    @Test
    void anUpdateAnsweredAgainStartsFromTheCopyBeforeItNeverFromTheOneItProducedItself() {
        recent.wrote("c", 10, "after 10", LATER);
        recent.wrote("c", 11, "after 11", LATER);
        assertNull(recent.newerThan("c", 10, 11, NOW), "the store holds the session update 11 is answered from");
        assertEquals("after 10", recent.newerThan("c", 9, 11, NOW), "the store lost both: the write before 11");
        recent.wrote("c", 11, "after 11, answered again", LATER);
        assertEquals("after 10", recent.newerThan("c", 9, 11, NOW), "answering 11 again keeps the write before it");
        assertEquals("after 11, answered again", recent.newerThan("c", 9, 12, NOW));
    }

    @Test
    void anExpiredOrForgottenCopyIsNeverUsed() {
        recent.wrote("c", 11, "after 11", NOW + 5);
        assertNull(recent.newerThan("c", 10, 12, NOW + 5), "expired with the session's time to live");
        recent.wrote("d", 11, "after 11", LATER);
        recent.forgot("d");
        assertNull(recent.newerThan("d", 10, 12, NOW));
    }

    @Test
    void outsideAnUpdateTheNewestCopyCounts() {
        recent.wrote("c", 11, "after 11", LATER);
        assertEquals("after 11", recent.newerThan("c", 10, AnswersInProgress.NONE, NOW));
    }

    @Test
    void onlyTheChatsWrittenLastAreKept() {
        RecentSessions two = new RecentSessions(2);
        two.wrote("a", 5, "a", LATER);
        two.wrote("b", 5, "b", LATER);
        two.wrote("c", 5, "c", LATER);
        assertNull(two.newerThan("a", 1, 6, NOW), "the oldest chat made room");
        assertEquals("c", two.newerThan("c", 1, 6, NOW));
    }
}
