package healthbot.store;

import healthbot.testsupport.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store contract against a real redis-server process this test starts on a free loopback
 * port, with a password and a database number; time passes for real (Redis TTLs).
 */
final class RedisStoreTest extends StoreContract {

    private static final String PASSWORD = "secret-test-password";
    private static RedisServer server;
    private static int nextDb;

    @BeforeAll
    static void startRedis() {
        server = RedisServer.start(PASSWORD);
    }

    @AfterAll
    static void stopRedis() {
        server.close();
    }

    @Override
    ConversationStore open() {
        // each test a database (16 by default), emptied first: no test sees another's keys
        String url = server.url(nextDb++ % 16);
        try (redis.clients.jedis.JedisPooled direct = new redis.clients.jedis.JedisPooled(java.net.URI.create(url))) {
            direct.flushDB();
        }
        return RedisStore.open(url);
    }

    @Override
    Duration shortTtl() {
        return Duration.ofMillis(300);
    }

    @Override
    void letExpire() throws InterruptedException {
        Thread.sleep(450);
    }

    @Test
    void theStoreIsDescribedWithoutItsPassword() {
        assertFalse(store.describe().contains(PASSWORD), store.describe());
        assertTrue(store.describe().startsWith("redis 127.0.0.1:"), store.describe());
    }

    @Test
    void aWrongPasswordIsReportedAsUnavailableWithoutThePassword() {
        try (RedisStore wrong = RedisStore.open("redis://:not-the-password@127.0.0.1:" + server.port() + "/0")) {
            StoreUnavailableException e = assertThrows(StoreUnavailableException.class, () -> wrong.loadSession("c1"));
            assertFalse(e.getMessage().contains("not-the-password"), e.getMessage());
            assertFalse(wrong.health().up());
        }
    }

    @Test
    void aMalformedUrlIsRefusedWithoutRepeatingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RedisStore.open("http://:hunter2@localhost:6379"));
        assertTrue(e.getMessage().contains("redis://"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void aSessionHasARedisTimeToLive() {
        store.saveSession("c1", "a", Duration.ofMinutes(30), ConversationStore.NO_FENCE);
        try (var jedis = new redis.clients.jedis.Jedis("127.0.0.1", server.port())) {
            jedis.auth(PASSWORD);
            jedis.select(Integer.parseInt(store.describe().substring(store.describe().lastIndexOf('/') + 1)));
            long ttl = jedis.pttl("healthbot:s:{c1}");
            assertTrue(ttl > 29 * 60_000 && ttl <= 30 * 60_000, "pttl " + ttl);
        }
    }

    @Test
    void theStoreWorksAgainAfterTheServerIsRestarted() {
        store.saveSession("c1", "a", HOUR, ConversationStore.NO_FENCE);
        server.stop();
        try {
            assertThrows(StoreUnavailableException.class, () -> store.loadSession("c1"));
            assertFalse(store.health().up());
        } finally {
            server.start();
        }
        // no persistence: the session is gone, but the store answers again
        assertEquals(Optional.empty(), store.loadSession("c1"));
        assertTrue(store.health().up());
    }
}
