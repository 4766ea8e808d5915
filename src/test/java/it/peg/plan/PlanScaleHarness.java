package it.peg.plan;

import it.peg.bench.SyntheticPlan;
import it.peg.domain.Plan;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: a harness anyone can run to see the time and heap of writing and reading the plan workbook of a
 * very large comune (issue 6). For each size it builds {@link SyntheticPlan}, measures its live heap, writes it
 * with {@link PlanWorkbookWriter}, reads it back with {@link PlanReader} and measures the read plan's live heap
 * and the heap peak of reading. Run with a small heap to prove the limit, e.g.
 * <pre>
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) it.peg.plan.PlanScaleHarness 2000 10000
 * </pre>
 * Live heap is measured after repeated {@code System.gc()} (MemoryMXBean); the read peak is the sum of the heap
 * pools' peaks since the read began, an upper bound that includes garbage not yet collected.
 */
public final class PlanScaleHarness {
    private PlanScaleHarness() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {2000, 10000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        for (int n : sizes) {
            run(n);
        }
    }

    private static void run(int services) throws Exception {
        Path file = Files.createTempFile("peg-plan-" + services + "-", ".xlsx");
        try {
            long base = liveHeap();
            Plan plan = SyntheticPlan.build(services, 42);
            long planHeap = liveHeap() - base;
            long t0 = System.nanoTime();
            PlanWorkbookWriter.write(plan, file);
            long writeMs = (System.nanoTime() - t0) / 1_000_000;
            int indicators = plan.indicators().size();
            plan = null;
            base = liveHeap();
            resetPeaks();
            t0 = System.nanoTime();
            PlanReadResult read = PlanReader.read(file);
            long readMs = (System.nanoTime() - t0) / 1_000_000;
            long peak = peakHeap() - base;
            long readHeap = liveHeap() - base;
            Plan back = read.plan().orElseThrow(() -> new AssertionError("no plan: " + read.findings()));
            if (back.indicators().size() != indicators || !read.isValid()) {
                throw new AssertionError("read " + back.indicators().size() + " indicators of " + indicators + "; "
                        + read.findings().stream().limit(5).toList());
            }
            System.out.printf("%,7d services (%,d indicators): file %,d KB; plan built %,d MB; write %,d ms;"
                            + " read %,d ms, read plan live %,d MB, read peak <= %,d MB%n", services, indicators,
                    Files.size(file) >> 10, planHeap >> 20, writeMs, readMs, readHeap >> 20, peak >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The used heap once a collection no longer lowers it (at most eight collections), not after a fixed pause. */
    private static long liveHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 8; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return used;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
