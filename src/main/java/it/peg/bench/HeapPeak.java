package it.peg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap of one phase from the JVM's memory pools: peaks are reset before the phase, and after it
 * the heap pools' peaks are summed. The sum is an upper bound of the true peak (pools peak at
 * different moments), so a figure under a limit is safely under it.
 */
final class HeapPeak {
    private HeapPeak() {
    }

    /** Collects garbage (so the phase starts from what is live) and resets every heap pool's peak. */
    static void reset() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since {@link #reset()}, in bytes. */
    static long sinceReset() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid() && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The maximum heap (-Xmx), in bytes. */
    static long max() {
        return Runtime.getRuntime().maxMemory();
    }
}
