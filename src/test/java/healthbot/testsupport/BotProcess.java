package healthbot.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bot as a separate process ({@code java -cp <the test class path> healthbot.app.Main ...}),
 * so a test can {@code kill -9} it ({@link #kill()}) or stop it with SIGTERM ({@link #terminate()})
 * and restart it on the same store. Its stderr (the log) goes to a file the test can read.
 */
public final class BotProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private BotProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code healthbot.app.Main args} with these environment variables added; the log goes to {@code log}. */
    public static BotProcess start(Map<String, String> env, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classPath(), "healthbot.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(false).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().remove("REDIS_URL");
        pb.environment().remove("HEALTHBOT_DB");
        pb.environment().remove("ADMIN_PORT");
        pb.environment().putAll(env);
        return new BotProcess(pb.start(), log);
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** kill -9: no shutdown hook, no clean stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, then waits for the exit code (at most {@code wait}). */
    public int terminate(Duration wait) throws InterruptedException, IOException {
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
        if (!process.waitFor(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the bot did not stop within " + wait.toSeconds() + " s of SIGTERM; log:\n" + log());
        }
        return process.exitValue();
    }

    /** Waits for the process to end by itself; its exit code. */
    public int awaitExit(Duration wait) throws InterruptedException {
        if (!process.waitFor(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the bot is still running after " + wait.toSeconds() + " s; log:\n" + log());
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Waits until the log matches {@code pattern}; its first group, or the whole match. */
    public String awaitLog(Pattern pattern, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = pattern.matcher(log());
            if (m.find()) {
                return m.groupCount() > 0 ? m.group(1) : m.group();
            }
            if (!process.isAlive()) {
                throw new AssertionError("the bot exited (" + process.exitValue() + ") before logging " + pattern
                        + "; log:\n" + log());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("waited " + wait.toSeconds() + " s for the log to show " + pattern + "; log:\n" + log());
    }

    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
