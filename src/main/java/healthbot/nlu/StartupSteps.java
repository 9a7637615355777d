package healthbot.nlu;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Main-thread CPU and wall time of each start-up step, printed to stderr as one line when the JVM runs
 * with {@code -Dhealthbot.startup.steps=true} (docs/performance.md), once the bot is built: CPU time is the steadier figure
 * on a shared machine. Off by default; when off, each call reads one constant and loads nothing.
 */
public final class StartupSteps {

    static final boolean ON = Boolean.getBoolean("healthbot.startup.steps");
    /** Loaded only when the switch is on: the management classes cost a cold JVM time of their own. */
    private static final class Threads {
        static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    }
    private static final List<String> LINES = new ArrayList<>();
    private static long lastCpu = -1;
    private static long lastWall;

    private StartupSteps() {
    }

    /** Starts timing on this thread (the main thread). */
    public static synchronized void begin() {
        if (ON) {
            lastCpu = Threads.MX.getCurrentThreadCpuTime();
            lastWall = System.nanoTime();
        }
    }

    /** Ends the step that has run since the last call. */
    public static synchronized void step(String name) {
        if (ON && lastCpu >= 0) {
            long cpu = Threads.MX.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            LINES.add(String.format(Locale.ROOT, "%s %.0f/%.0f", name, (cpu - lastCpu) / 1e6, (wall - lastWall) / 1e6));
            lastCpu = cpu;
            lastWall = wall;
        }
    }

    /** The CPU time a helper thread used, recorded as its own entry (call at the end of its work). */
    public static synchronized void thread(String name) {
        if (ON) {
            LINES.add(String.format(Locale.ROOT, "[%s %.0f]", name, Threads.MX.getCurrentThreadCpuTime() / 1e6));
        }
    }

    /** Prints the steps so far (CPU/wall ms, helper threads' CPU in brackets) and the JVM's whole CPU time, once. */
    public static synchronized void print(String what) {
        if (ON && !LINES.isEmpty()) {
            long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            System.err.println("startup-steps " + what + ": " + String.join(" ", LINES)
                    + String.format(Locale.ROOT, " process-cpu %.0f", process / 1e6));
            LINES.clear();
            lastCpu = -1; // once: later messages are not start-up
        }
    }
}
