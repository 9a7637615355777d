package healthbot.app;

import com.sun.net.httpserver.HttpServer;
import healthbot.ops.Metrics;
import healthbot.ops.OperatorEndpoints;
import healthbot.store.ConversationStore;
import healthbot.store.InjectedDiskFaults;
import healthbot.store.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /readyz} over HTTP, as a load balancer asks it, on the shipped readiness check and the
 * guarded SQLite store whose writes fail as on a full disk or a read-only file (injected
 * {@code SQLITE_FULL} / {@code SQLITE_READONLY}, so on every machine): red with the reason while
 * writes fail, green again by itself once they work.
 */
class StoreReadinessTest {

    @TempDir
    Path dir;
    private HttpServer server;
    private ConversationStore store;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void readyzIsRedWhileTheSqliteDiskIsFullOrReadOnlyAndGreenAgainWhenWritesWork() throws Exception {
        InjectedDiskFaults faults = new InjectedDiskFaults();
        store = Stores.guarded(faults.sqlite(dir.resolve("healthbot.db")), Duration.ZERO);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        new OperatorEndpoints(Metrics.create(), new StoreReadiness(store)).mountOn(server);
        server.start();

        assertEquals("200 ready", readyz());
        faults.fail(SQLiteErrorCode.SQLITE_FULL);
        String full = readyz();
        assertTrue(full.startsWith("503 not ready: store unreachable: ") && full.contains("the disk is full"), full);
        faults.fail(SQLiteErrorCode.SQLITE_READONLY);
        String readOnly = readyz();
        assertTrue(readOnly.startsWith("503 ") && readOnly.contains("read-only"), readOnly);
        faults.fail(null);
        assertEquals("200 ready", readyz(), "green again by itself once a write works");
    }

    private String readyz() throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/readyz");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body().strip();
    }
}
