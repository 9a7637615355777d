package healthbot.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds a program that a test needs (a real Redis server, Chromium and its driver) and, when it
 * is missing, installs its Debian package, so that {@code mvn -B test} needs no manual set-up on
 * a fresh machine of the project's kind. Where installing is impossible (not root, no apt-get)
 * the test fails with a message naming what to install: it never skips silently.
 *
 * <p>Installs are serialised across test JVMs by apt's own lock; {@code apt-get update} runs only
 * when a first install attempt fails (a fresh machine's package lists may be empty or old).
 */
public final class DebianPackages {

    private static final long INSTALL_TIMEOUT_MINUTES = 15;

    private DebianPackages() {
    }

    /**
     * The path of {@code program}, installing Debian package {@code debianPackage} when the program
     * is on neither the PATH nor in {@code /usr/bin}, {@code /usr/sbin}.
     *
     * @throws IllegalStateException when the program is missing and could not be installed, saying what to install
     */
    public static synchronized Path require(String program, String debianPackage) {
        Optional<Path> found = find(program);
        if (found.isPresent()) {
            return found.get();
        }
        if (find("apt-get").isEmpty() || !isRoot()) {
            throw missing(program, debianPackage, find("apt-get").isEmpty()
                    ? "this machine has no apt-get" : "the tests do not run as root, so they cannot install it");
        }
        String log = run(List.of("apt-get", "install", "-y", "--no-install-recommends", debianPackage));
        if (find(program).isEmpty()) {
            log = run(List.of("apt-get", "update")) + run(List.of("apt-get", "install", "-y",
                    "--no-install-recommends", debianPackage));
        }
        String output = log;
        return find(program).orElseThrow(() -> missing(program, debianPackage,
                "apt-get install did not provide it; its last output lines:\n" + tail(output, 15)));
    }

    /** The program on the PATH (or in /usr/bin, /usr/sbin, which a minimal PATH may lack). */
    public static Optional<Path> find(String program) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.add("/usr/bin");
        dirs.add("/usr/sbin");
        for (String dir : dirs) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String run(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return String.join(" ", command) + ": timed out after " + INSTALL_TIMEOUT_MINUTES + " minutes\n";
            }
            return new String(out, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return String.join(" ", command) + ": " + e.getMessage() + "\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return String.join(" ", command) + ": interrupted\n";
        }
    }

    private static String tail(String text, int lines) {
        String[] all = text.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }

    private static IllegalStateException missing(String program, String debianPackage, String why) {
        return new IllegalStateException(program + " is needed by this test and is not installed, and " + why
                + ". Install the Debian package '" + debianPackage + "' (apt-get install " + debianPackage
                + ") or put " + program + " on the PATH, then run the tests again.");
    }
}
