package chokepoint.ai;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Thread CPU time for the speed figures of {@code bench} and {@code winrates}: meaningful on a busy machine. */
public final class CpuClock {
    private CpuClock() {}

    /** CPU time of the current thread in ns (wall time where the JVM cannot tell). */
    public static long threadNanos() {
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
