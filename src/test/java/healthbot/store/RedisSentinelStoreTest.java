package healthbot.store;

import healthbot.testsupport.RedisSentinels;
import healthbot.testsupport.RedisServer;
import healthbot.testsupport.ReplicationLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Redis store through Sentinel, against real processes this test starts on loopback ports: a
 * primary and a replica with a password, and three sentinels. The primary is killed with SIGKILL
 * and the replica stopped with SIGSTOP.
 */
class RedisSentinelStoreTest {

    private static final String PASSWORD = "sentinel-test-password";
    private static final Duration HOUR = Duration.ofHours(1);

    private RedisServer primary;
    private RedisServer replica;
    private RedisSentinels sentinels;
    private ReplicationLink link;
    private ConversationStore store;

    private void startGroup() {
        primary = RedisServer.start(PASSWORD);
        replica = RedisServer.replicaOf(primary);
        startSentinels();
    }

    /** The group with the replica behind a {@link ReplicationLink}, to lose the primary's last writes. */
    private void startGroupWithALinkToCut() {
        primary = RedisServer.start(PASSWORD);
        link = ReplicationLink.to(primary.port());
        replica = RedisServer.replicaOf(primary, link.port());
        startSentinels();
    }

    private void startSentinels() {
        sentinels = RedisSentinels.start(primary, 1, PASSWORD);
        store = Stores.redisSentinel(sentinels.addresses(), RedisSentinels.MASTER, PASSWORD, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        if (store != null) {
            store.close();
        }
        for (AutoCloseable c : new AutoCloseable[] {sentinels, replica, link, primary}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort
            }
        }
    }

    @Test
    void theStoreFindsThePrimaryThroughTheSentinelsAndFollowsAFailoverWithoutARestart() throws Exception {
        startGroup();
        try (AnswerScope scope = store.answering("c1", 1)) {
            store.saveSession("c1", "before the failover", HOUR, ConversationStore.NO_FENCE);
            assertFalse(scope.unreplicated(), "the replica acknowledged the save");
        }
        assertTrue(store.health().up(), store.health().detail());
        assertTrue(store.describe().contains("primary now at 127.0.0.1:" + primary.port()), store.describe());
        assertFalse(store.describe().contains(PASSWORD), store.describe());

        int oldPort = primary.port();
        primary.kill();
        assertFalse(store.health().up(), "no primary: not ready");
        // a call made now waits for the new primary instead of failing
        CompletableFuture<Optional<String>> during = CompletableFuture.supplyAsync(() -> store.loadSession("c1"));
        int newPort = sentinels.awaitFailoverFrom(oldPort, 30_000);
        assertEquals(replica.port(), newPort);
        assertEquals(Optional.of("before the failover"), during.get(30, TimeUnit.SECONDS),
                "a save the replica acknowledged survives the failover");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!store.health().up() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(store.health().up(), "ready again after the failover: " + store.health().detail());
        assertTrue(store.describe().contains("primary now at 127.0.0.1:" + newPort), store.describe());
        store.saveSession("c1", "after the failover", HOUR, ConversationStore.NO_FENCE);
        assertEquals(Optional.of("after the failover"), store.loadSession("c1"));
    }

    @Test
    void aSaveNoReplicaAcknowledgesInTimeMarksItsAnswerUnreplicatedAndTheStoreNotReady() {
        startGroup();
        store.health(); // learns that the primary has a replica online
        replica.pause();
        try {
            try (AnswerScope scope = store.answering("c1", 2)) {
                store.saveSession("c1", "maybe lost", HOUR, ConversationStore.NO_FENCE);
                assertTrue(scope.unreplicated(), "a failover now could lose this save");
            }
            StoreHealth h = store.health();
            assertFalse(h.up());
            assertTrue(h.detail().contains("did not acknowledge a write within"), h.detail());
        } finally {
            replica.resume();
        }
        try (AnswerScope scope = store.answering("c1", 3)) {
            store.saveSession("c1", "replicated", HOUR, ConversationStore.NO_FENCE);
            assertFalse(scope.unreplicated());
        }
    }

    /**
     * The replica cut off from the primary (its acknowledgements held back too), then the primary
     * killed: what the primary took meanwhile is gone for good, as in a real failover.
     */
    @Test
    void writesLostInAFailoverCostNoWrongAnswerAndTheFenceStillGrows() throws Exception {
        startGroupWithALinkToCut();
        store.health(); // learns that the primary has a replica online
        for (String chat : new String[] {"next", "again"}) {
            try (AnswerScope scope = store.answering(chat, 10)) {
                store.saveSession(chat, "after 10", HOUR, ConversationStore.NO_FENCE);
                assertFalse(scope.unreplicated());
            }
        }
        long fenceBefore;
        try (ChatLock lock = store.lockChat("fenced", Duration.ofSeconds(10), Duration.ofSeconds(5))) {
            fenceBefore = lock.fence();
        }
        assertTrue(store.health().up(), "the replica acknowledged everything so far");

        link.freeze();
        for (String chat : new String[] {"next", "again"}) {
            try (AnswerScope scope = store.answering(chat, 11)) {
                store.saveSession(chat, "after 11", HOUR, ConversationStore.NO_FENCE);
                assertTrue(scope.unreplicated(), "the replica never acknowledged it: its reply is held back");
            }
        }
        ChatLock lost = store.lockChat("fenced", Duration.ofSeconds(10), Duration.ofSeconds(5));
        assertTrue(lost.fence() > fenceBefore);
        int oldPort = primary.port();
        primary.kill();
        link.close();
        assertEquals(replica.port(), sentinels.awaitFailoverFrom(oldPort, 30_000));

        try (AnswerScope scope = store.answering("next", 12)) {
            assertEquals(Optional.of("after 11"), store.loadSession("next"), "the new primary went back to the"
                    + " session of update 10; this instance's copy of the one update 11 produced is used instead");
        }
        try (AnswerScope scope = store.answering("again", 11)) {
            assertEquals(Optional.of("after 10"), store.loadSession("again"), "update 11 delivered again (its reply"
                    + " was held back) is answered from the session before it, not from the one it produced");
        }
        try (ChatLock now = store.lockChat("fenced", Duration.ofSeconds(10), Duration.ofSeconds(5))) {
            assertTrue(now.fence() > lost.fence(), "the new primary never saw the lost lock's fence " + lost.fence()
                    + ", yet hands out a larger one: " + now.fence());
            assertThrows(StaleFenceException.class, () -> store.saveSession("fenced", "late", HOUR, lost.fence()),
                    "a holder from before the failover cannot overwrite a session written after it");
            store.saveSession("fenced", "current", HOUR, now.fence());
        }
        assertEquals(Optional.of("current"), store.loadSession("fenced"));
        lost.close();
    }

    @Test
    void withNoSentinelAnsweringTheBotStillStartsAndSaysWhyTheStoreIsDown() {
        Map<String, String> env = Map.of("REDIS_SENTINELS", "127.0.0.1:1,127.0.0.1:2", "REDIS_MASTER", "healthbot",
                "REDIS_PASSWORD", "hunter2", "REDIS_FAILOVER_WAIT", "0");
        try (ConversationStore nowhere = Stores.fromEnvironment(env)) {
            StoreHealth h = nowhere.health();
            assertFalse(h.up());
            assertTrue(h.detail().contains("no sentinel of [127.0.0.1:1, 127.0.0.1:2] named the primary"), h.detail());
            assertFalse(h.detail().contains("hunter2"), h.detail());
            assertThrows(StoreUnavailableException.class, () -> nowhere.loadSession("c1"));
        }
    }

    @Test
    void sentinelSettingsThatCannotWorkAreRefusedNamingTheVariable() {
        IllegalArgumentException noName = assertThrows(IllegalArgumentException.class,
                () -> Stores.fromEnvironment(Map.of("REDIS_SENTINELS", "127.0.0.1:26379")));
        assertTrue(noName.getMessage().startsWith("REDIS_SENTINELS is set but REDIS_MASTER is not"), noName.getMessage());
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> Stores.fromEnvironment(
                Map.of("REDIS_SENTINELS", "a:1", "REDIS_MASTER", "m", "REDIS_URL", "redis://:pw@host:6379")));
        assertTrue(both.getMessage().startsWith("both REDIS_SENTINELS and REDIS_URL are set"), both.getMessage());
        assertFalse(both.getMessage().contains("pw@"), both.getMessage());
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class, () -> Stores.fromEnvironment(
                Map.of("REDIS_SENTINELS", "a:1,b:port", "REDIS_MASTER", "m")));
        assertTrue(port.getMessage().startsWith("REDIS_SENTINELS: 'b:port' is not host:port"), port.getMessage());
        IllegalArgumentException tls = assertThrows(IllegalArgumentException.class, () -> Stores.fromEnvironment(
                Map.of("REDIS_SENTINELS", "a:1", "REDIS_MASTER", "m", "REDIS_TLS", "maybe")));
        assertEquals("REDIS_TLS must be true or false (it is 'maybe')", tls.getMessage());
    }
}
