package healthbot.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on a loopback port between a replica and its primary, so that a test can lose the
 * primary's last writes as a real failover does: {@link #freeze()} stops passing bytes either way
 * (what the primary sends meanwhile, and the replica's acknowledgements, are held here), and
 * {@link #close()} drops them with the connections. (Stopping the replica with SIGSTOP is not
 * enough: the kernel still takes the bytes into the replica's socket, and it applies them when it
 * goes on.)
 */
public final class ReplicationLink implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private volatile boolean frozen;

    private ReplicationLink(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "replication-link-" + listener.getLocalPort());
        accept.setDaemon(true);
        accept.start();
    }

    /** A relay to {@code 127.0.0.1:targetPort}; point the replica at {@link #port()}. */
    public static ReplicationLink to(int targetPort) {
        try {
            return new ReplicationLink(targetPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** From now on nothing passes, either way, until {@link #close()} drops it. */
    public void freeze() {
        frozen = true;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket in = listener.accept();
                Socket out = new Socket();
                out.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5_000);
                sockets.add(in);
                sockets.add(out);
                pump(in, out);
                pump(out, in);
            } catch (IOException e) {
                // closed, or the primary is gone: the replica retries by itself
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    synchronized (gate) {
                        while (frozen) {
                            gate.wait();
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // a side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "replication-link-pump");
        t.setDaemon(true);
        t.start();
    }

    /** Closes the relay and every connection through it, dropping what it held. */
    @Override
    public void close() {
        closeQuietly(listener);
        sockets.forEach(ReplicationLink::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
