package it.peg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap of one phase from the JVM's memory pools: peaks are reset before the phase, and after it
 * the heap pools' peaks are summed. The sum is an upper bound of the true peak (pools peak at
 * different moments), so a figure under a limit is safely under it.
 */
public final class HeapPeak {
    /** Highest heap in use right after a collection since {@link #reset()}: the live data, garbage excluded. */
    private static final java.util.concurrent.atomic.AtomicLong LIVE = new java.util.concurrent.atomic.AtomicLong();

    static {
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener((n, h) -> {
                    if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(n.getType())) {
                        return;
                    }
                    var info = com.sun.management.GarbageCollectionNotificationInfo
                            .from((javax.management.openmbean.CompositeData) n.getUserData());
                    long used = 0;
                    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (isHeap(e.getKey())) {
                            used += e.getValue().getUsed();
                        }
                    }
                    LIVE.accumulateAndGet(used, Math::max);
                }, null, null);
            }
        }
    }

    private HeapPeak() {
    }

    private static boolean isHeap(String pool) {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getName().equals(pool)) {
                return p.getType() == MemoryType.HEAP;
            }
        }
        return false;
    }

    /** The highest heap used after a collection since the last reset (0 when no collection ran), in bytes. */
    public static long liveSinceReset() {
        return LIVE.get();
    }

    /** Collects garbage (so the phase starts from what is live) and resets every heap pool's peak. */
    public static void reset() {
        System.gc();
        LIVE.set(0);
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since {@link #reset()}, in bytes. */
    public static long sinceReset() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid() && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The maximum heap (-Xmx), in bytes. */
    public static long max() {
        return Runtime.getRuntime().maxMemory();
    }
}
