package it.peg.bench;

import java.util.List;
import java.util.Optional;

/**
 * The figures of one benchmark run.
 *
 * @param services   services (= workbooks) of the synthetic plan
 * @param threads    threads of the parallel consolidation
 * @param maxHeap    the JVM's maximum heap in bytes
 * @param cores      available processors
 * @param loadAverage the system load average at the start (-1 when unknown)
 * @param rows       one row per measured phase, in printing order
 * @param checks     what the run verified (same submissions from both readers, findings, ...)
 */
public record BenchResult(int services, int threads, long maxHeap, int cores, double loadAverage, List<Row> rows,
                          List<String> checks) {
    public BenchResult {
        rows = List.copyOf(rows);
        checks = List.copyOf(checks);
    }

    /**
     * A measured phase; {@code seconds} empty for a phase not measured in this build (the merge hook).
     *
     * @param peakHeap   sum of the heap pools' peaks (upper bound, garbage included)
     * @param liveHeap   highest heap in use right after a collection (the live data)
     * @param comparable the phase reads the workbooks (its ratios to the baseline and the floor are shown)
     */
    public record Row(String phase, int files, Optional<Double> seconds, long peakHeap, long liveHeap, boolean comparable,
                      String note) {
        public Optional<Double> filesPerSecond() {
            return seconds.filter(s -> s > 0).map(s -> files / s);
        }
    }

    public Optional<Row> row(String phase) {
        return rows.stream().filter(r -> r.phase().equals(phase)).findFirst();
    }
}
