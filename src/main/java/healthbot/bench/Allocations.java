package healthbot.bench;

import java.lang.management.ManagementFactory;

/** Bytes allocated by the current thread, from HotSpot's {@code com.sun.management.ThreadMXBean}. */
final class Allocations {

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Allocations() {
    }

    static boolean supported() {
        return THREADS instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()
                && sun.isThreadAllocatedMemoryEnabled();
    }

    /** Bytes the current thread has allocated so far; -1 when this JVM cannot tell. */
    static long current() {
        if (THREADS instanceof com.sun.management.ThreadMXBean sun) {
            return sun.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }
}
