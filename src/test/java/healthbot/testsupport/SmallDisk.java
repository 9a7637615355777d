package healthbot.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A small file system of its own for a test: a {@code tmpfs} of a fixed size mounted on a
 * temporary folder (needs root, or a container that allows mounts), which the test can fill up
 * ({@link #fill()}) and free again ({@link #free()}). {@link #mount} says why when the machine
 * does not allow it, so the caller can fall back to an injected error and say so. (Remounting it
 * read-only is refused while SQLite holds its files open for writing, so a read-only disk is
 * injected.)
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;
    private final Path filler;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler");
    }

    /** A {@code tmpfs} of {@code kilobytes} on a new temporary folder, or why not. */
    public static Mounted mount(int kilobytes) {
        try {
            Path dir = Files.createTempDirectory("healthbot-small-disk");
            String why = run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", dir.toString());
            if (why != null) {
                Files.deleteIfExists(dir);
                return new Mounted(Optional.empty(), why);
            }
            return new Mounted(Optional.of(new SmallDisk(dir)), "a " + kilobytes + " KiB tmpfs");
        } catch (IOException e) {
            return new Mounted(Optional.empty(), e.toString());
        }
    }

    /** The disk, or empty with the reason it could not be mounted; {@code what} says which. */
    public record Mounted(Optional<SmallDisk> disk, String what) {}

    public Path path() {
        return mountPoint;
    }

    /** Writes a file until the disk has no space left. */
    public void fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    /** Deletes what {@link #fill()} wrote: the space is back. */
    public void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    @Override
    public void close() {
        run("umount", "-l", mountPoint.toString());
        try {
            Files.deleteIfExists(mountPoint);
        } catch (IOException e) {
            // an empty temporary folder left behind is harmless
        }
    }

    /** Runs a command; null when it succeeded, else its output. */
    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return String.join(" ", command) + " did not finish within 30 s";
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 ? null : String.join(" ", command) + " failed (" + p.exitValue() + "): " + out;
        } catch (IOException e) {
            return String.join(" ", command) + ": " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
