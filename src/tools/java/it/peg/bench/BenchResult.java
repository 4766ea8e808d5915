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
 * @param processes  the phases measured as whole processes, each a new JVM (issue 21), in printing order
 * @param loadAfter  the system load average at the end (-1 when unknown)
 */
public record BenchResult(int services, int threads, long maxHeap, int cores, double loadAverage, List<Row> rows,
                          List<String> checks, List<ProcessRow> processes, double loadAfter) {
    public BenchResult {
        rows = List.copyOf(rows);
        checks = List.copyOf(checks);
        processes = List.copyOf(processes);
    }

    public BenchResult(int services, int threads, long maxHeap, int cores, double loadAverage, List<Row> rows,
                       List<String> checks) {
        this(services, threads, maxHeap, cores, loadAverage, rows, checks, List.of(), -1);
    }

    /**
     * A phase measured as a whole process (a new JVM, as bin/peg starts one), the median of its runs.
     *
     * @param seconds    wall time, JVM start-up included; empty when not measured
     * @param cpuSeconds CPU time of the process (user + system), empty where the OS does not tell
     * @param peakHeap   highest heap seen in the process's GC log (before a collection, or at exit)
     * @param liveHeap   highest heap right after a collection
     * @param ratio      the figure the issue sets a target for, when this phase has one and it could be computed
     */
    public record ProcessRow(String phase, int files, Optional<Double> seconds, Optional<Double> cpuSeconds,
                             long peakHeap, long liveHeap, Optional<Ratio> ratio, String note) {
    }

    /**
     * A target figure: the phase's time over a base of the same run (or a rate), its value on CPU time too, and the
     * issue's target, when the issue sets one (the start of peg alone is shown beside the nights for what it costs).
     *
     * @param value  on wall time: times the floor, share of the first night, or workbooks per second
     * @param target the target; empty for a figure shown for comparison
     * @param cpu    the same on CPU time (less sensitive to a loaded host), when known
     */
    public record Ratio(double value, Kind kind, Optional<Double> target, Optional<Double> cpu) {
        public Ratio(double value, Kind kind, double target, Optional<Double> cpu) {
            this(value, kind, Optional.of(target), cpu);
        }

        public enum Kind {
            /** times the floor process of the same size; the target is a maximum */
            TIMES_FLOOR,
            /** share of the first cold night; the target is a maximum */
            SHARE_OF_FIRST,
            /** workbooks per second; the target is a minimum */
            RATE
        }

        /** Whether the target is met; empty without a target. */
        public Optional<Boolean> meetsTarget() {
            return target.map(t -> kind == Kind.RATE ? value >= t : value <= t);
        }
    }

    /** A process phase's row; the first when a phase was measured at more than one size. */
    public Optional<ProcessRow> process(String phase) {
        return processes.stream().filter(r -> r.phase().equals(phase)).findFirst();
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
