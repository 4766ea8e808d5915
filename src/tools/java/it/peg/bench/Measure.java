package it.peg.bench;

import java.util.List;
import java.util.Optional;

/** One measurement of a phase: its time and heap. */
record Measure(double seconds, long heap, long live) {
    static Measure since(long t0) {
        return new Measure(seconds(t0), HeapPeak.sinceReset(), HeapPeak.liveSinceReset());
    }

    /** The row of a phase measured several times: the median time, the highest heap, every time in the note. */
    static BenchResult.Row row(String phase, int files, List<Measure> rounds, String note) {
        List<Measure> all = rounds.subList(Math.min(ReadingPhases.UNTIMED_ROUNDS, rounds.size() - 1), rounds.size());
        List<Double> times = all.stream().map(Measure::seconds).toList();
        List<Double> sorted = times.stream().sorted().toList();
        String each = timesText(times);
        double median = (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
        return new BenchResult.Row(phase, files, Optional.of(median),
                all.stream().mapToLong(Measure::heap).max().orElse(0),
                all.stream().mapToLong(Measure::live).max().orElse(0), true,
                note + (all.size() > 1 ? " (mediana di " + all.size() + " misure: " + each + " s)" : ""));
    }

    /** Seconds since {@code start}, a {@link System#nanoTime()}. */
    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Times as a note prints them: seconds, two decimals, Italian comma, in order. */
    static String timesText(List<Double> times) {
        return times.stream().map(x -> String.format(java.util.Locale.ITALY, "%.2f", x))
                .collect(java.util.stream.Collectors.joining(" "));
    }
}
