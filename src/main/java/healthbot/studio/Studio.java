package healthbot.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import healthbot.store.StaffRecords;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The studio's web server: the JDK's {@code HttpServer} on 127.0.0.1 (a handful of routes do not
 * need a framework, and it adds nothing to the jar). Every request passes the {@link Guard} first.
 * Logs carry methods, paths and statuses, never what was typed.
 */
public final class Studio implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Studio.class);

    private final LiveContent live;
    private final HttpServer server;
    private final ExecutorService pool;
    private final Guard guard;
    private final Api api;

    private Studio(LiveContent live, HttpServer server, ExecutorService pool, StaffRecords store) {
        this.live = live;
        this.server = server;
        this.pool = pool;
        this.guard = new Guard(server.getAddress().getPort());
        this.api = new Api(live, store);
    }

    /**
     * Loads the content, starts watching it and serves the studio on 127.0.0.1.
     *
     * @param port 0 for any free port
     * @param err  where reload notices go
     * @throws healthbot.content.ContentException when the content is invalid at start
     * @throws IOException when the port cannot be bound
     */
    public static Studio start(Path intentsDir, int port, PrintStream err) throws IOException {
        return start(intentsDir, port, err, null);
    }

    /**
     * {@link #start(Path, int, PrintStream)} with the store whose review inbox and usage counts the
     * Inbox and Usage tabs show (null: those tabs say that no store was given).
     */
    public static Studio start(Path intentsDir, int port, PrintStream err, StaffRecords store) throws IOException {
        LiveContent live = new LiveContent(intentsDir, err);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 0);
        } catch (IOException e) {
            throw new IOException("cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); is another studio running? Choose another port with --port", e);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "studio-http");
            t.setDaemon(true);
            return t;
        });
        Studio studio = new Studio(live, server, pool, store);
        server.createContext("/", studio::serve);
        server.setExecutor(pool);
        live.watch();
        server.start();
        return studio;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address to open in a browser. */
    public String address() {
        return "http://127.0.0.1:" + port() + "/";
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            Response r = respond(ex);
            send(ex, r);
            LOG.debug("{} {} -> {}", ex.getRequestMethod(), ex.getRequestURI().getRawPath(), r.status());
        } catch (RuntimeException e) {
            LOG.error("studio request {} {} failed", ex.getRequestMethod(), ex.getRequestURI().getRawPath(), e);
        }
    }

    private Response respond(HttpExchange ex) throws IOException {
        Headers h = ex.getRequestHeaders();
        String method = ex.getRequestMethod();
        Optional<Guard.Refusal> refused = guard.check(method, h.getFirst("Host"), h.getFirst("Origin"),
                h.getFirst(Guard.TOKEN_HEADER), contentLength(h));
        if (refused.isPresent()) {
            return Response.error(refused.get().status(), refused.get().message());
        }
        byte[] body = readBody(ex.getRequestBody());
        if (body == null) {
            return Response.error(413, Guard.tooLarge().message());
        }
        String path = ex.getRequestURI().getRawPath();
        try {
            if (path.startsWith("/api/")) {
                JsonNode json = body.length == 0 ? null : Response.JSON.readTree(body);
                return api.handle(method, path, json);
            }
            if (!method.equals("GET")) {
                return Response.error(405, "Only GET is served here.");
            }
            if (path.equals("/") || path.equals("/index.html")) {
                return StaticFiles.page(guard.token());
            }
            return StaticFiles.get(path).orElseGet(Response::notFound);
        } catch (JsonProcessingException e) {
            return Response.error(400, "The request body is not valid JSON.");
        } catch (Api.BadRequest e) {
            return Response.error(400, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("studio request {} {} failed", method, path, e);
            return Response.error(500, "Something went wrong in the studio (" + e.getClass().getSimpleName()
                    + "); the details are in the terminal it runs in.");
        }
    }

    private static long contentLength(Headers h) {
        String v = h.getFirst("Content-Length");
        try {
            return v == null ? -1 : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The body, or null when it is longer than the limit (also without a Content-Length, e.g. chunked). */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(Guard.MAX_BODY_BYTES + 1);
        return body.length > Guard.MAX_BODY_BYTES ? null : body;
    }

    private static void send(HttpExchange ex, Response r) throws IOException {
        Headers out = ex.getResponseHeaders();
        out.set("Content-Type", r.contentType());
        r.headers().forEach(out::set);
        out.set("Cache-Control", "no-store");
        out.set("X-Content-Type-Options", "nosniff");
        out.set("X-Frame-Options", "DENY");
        out.set("Referrer-Policy", "no-referrer");
        out.set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(r.status(), head ? -1 : r.body().length);
        if (!head) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(r.body());
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        pool.shutdownNow();
        live.close();
    }
}
