package healthbot.bench;

import healthbot.nlu.ModelCache;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up as a user meets it: a fresh {@code java -jar healthbot.jar chat --jsonl} process is
 * started, sent one message, and timed until its answer line arrives on stdout (process creation,
 * JVM start, content, classifier, first message). Four ways: plain {@code java -jar} and the run
 * line's JVM options (the class-data-sharing archive next to the jar), each with the model from a
 * cache (warmed by one start before the measured ones) and with {@code HEALTHBOT_CACHE=off}
 * (trained, as when the content has changed). Runs are interleaved, so a burst of load on the
 * machine spreads over all four rather than spoiling one.
 */
final class ColdStarts {

    /** Names of the two JVM option sets. */
    static final String PLAIN = "java -jar";
    static final String RUN_LINE = "run line (CDS archive)";
    /** The run line's JVM options (README, Procfile), less the archive path. */
    static final List<String> RUN_LINE_LOG_OPTIONS = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");
    private static final String MESSAGE = "what is the emergency number";
    private static final String CACHE_HIT_LOG = "loaded from the model cache";
    private static final long TIMEOUT_SECONDS = 120;

    private record Way(String jvm, List<String> options, boolean cachedModel) {}

    private ColdStarts() {
    }

    /**
     * @param jar     the fat jar to start
     * @param intents the content directory the children load
     * @param now     the fixed clock the children run on
     * @param runs    measured starts of each way
     */
    static List<BenchReport.ColdStart> run(Path jar, Path intents, String now, int runs, PrintStream progress) {
        Path cache;
        try {
            cache = Files.createTempDirectory("healthbot-bench-cache");
        } catch (IOException e) {
            progress.println("bench: warning: no temporary cache directory for the cold starts (" + e + "); skipped");
            return List.of();
        }
        try {
            List<Way> ways = ways(jar);
            List<List<Double>> millis = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < ways.size(); i++) {
                millis.add(new ArrayList<>());
                problems.add(null);
            }
            progress.println("bench: cold starts: warming the model cache " + cache);
            Start warm = start(jar, intents, now, ways.get(0).options(), cache.toString());
            if (warm.problem() != null) {
                progress.println("bench: warning: the warm-up start failed: " + warm.problem());
            }
            for (int r = 0; r < runs; r++) {
                progress.println("bench: cold starts, round " + (r + 1) + " of " + runs);
                for (int i = 0; i < ways.size(); i++) {
                    Way w = ways.get(i);
                    Start s = start(jar, intents, now, w.options(), w.cachedModel() ? cache.toString() : "off");
                    if (s.problem() != null) {
                        problems.set(i, s.problem());
                    } else if (w.cachedModel() && !s.stderr().contains(CACHE_HIT_LOG)) {
                        problems.set(i, "the model did not come from the cache");
                    } else {
                        millis.get(i).add(s.millis());
                    }
                }
            }
            List<BenchReport.ColdStart> results = new ArrayList<>();
            for (int i = 0; i < ways.size(); i++) {
                Way w = ways.get(i);
                results.add(BenchReport.ColdStart.of(w.jvm(), w.cachedModel(), millis.get(i), problems.get(i)));
            }
            return results;
        } finally {
            deleteTree(cache);
        }
    }

    private static List<Way> ways(Path jar) {
        List<Way> ways = new ArrayList<>();
        for (boolean cached : new boolean[] {true, false}) {
            ways.add(new Way(PLAIN, List.of(), cached));
        }
        Path archive = jar.resolveSibling("healthbot.jsa");
        if (Files.isRegularFile(archive)) {
            List<String> options = new ArrayList<>();
            options.add("-XX:SharedArchiveFile=" + archive);
            options.addAll(RUN_LINE_LOG_OPTIONS);
            for (boolean cached : new boolean[] {true, false}) {
                ways.add(new Way(RUN_LINE, options, cached));
            }
        }
        return ways;
    }

    /** One start: the time to the first answer line, what the child said on stderr, or what went wrong. */
    private record Start(double millis, String stderr, String problem) {}

    private static Start start(Path jar, Path intents, String now, List<String> jvmOptions, String cacheSetting) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "chat", "--jsonl", "--now", now, "--intents", intents.toString()));
        Path stderr = null;
        Process p = null;
        try {
            stderr = Files.createTempFile("healthbot-bench-stderr", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderr.toFile());
            pb.environment().put(ModelCache.VARIABLE, cacheSetting);
            long t0 = System.nanoTime();
            p = pb.start();
            OutputStream in = p.getOutputStream();
            in.write((MESSAGE + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            long t1 = System.nanoTime();
            in.close();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return new Start(0, "", "the child did not exit within " + TIMEOUT_SECONDS + " s");
            }
            String err = Files.readString(stderr);
            if (line == null || !line.contains("\"replies\"")) {
                return new Start(0, err, "no answer line (exit code " + p.exitValue() + "): " + lastLine(err));
            }
            return new Start((t1 - t0) / 1e6, err, null);
        } catch (IOException e) {
            return new Start(0, "", "could not run " + String.join(" ", command) + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Start(0, "", "interrupted");
        } finally {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
            if (stderr != null) {
                try {
                    Files.deleteIfExists(stderr);
                } catch (IOException e) {
                    // a temporary file left behind
                }
            }
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }

    /** The median of some values (the mean of the middle two for an even count); NaN for none. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
