package it.peg.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table of issue 21's whole processes: one row per phase, ratio on wall and CPU time, target, whether met. */
class BenchTableProcessesTest {
    private static BenchResult.ProcessRow row(String phase, int files, double seconds, double cpu,
                                              Optional<BenchResult.Ratio> ratio) {
        return new BenchResult.ProcessRow(phase, files, Optional.of(seconds), Optional.of(cpu), 300L << 20, 40L << 20,
                ratio, "uscita 0");
    }

    @Test
    void everyPhaseHasItsRowWithRatioTargetAndHeap() {
        List<BenchResult.ProcessRow> rows = List.of(
                row(WholeProcesses.FLOOR, 1000, 2, 1.5, Optional.empty()),
                row(WholeProcesses.CONSOLIDATE, 1000, 8, 6, Optional.of(new BenchResult.Ratio(4, BenchResult.Ratio.Kind.TIMES_FLOOR,
                        2, Optional.of(4.0)))),
                row(WholeProcesses.NIGHT_RESENT, 20, 1.2, 1, Optional.of(new BenchResult.Ratio(0.05, BenchResult.Ratio.Kind.SHARE_OF_FIRST,
                        0.10, Optional.empty()))),
                row(WholeProcesses.NIGHT_START, 0, 0.2, 0.25, Optional.of(new BenchResult.Ratio(0.025,
                        BenchResult.Ratio.Kind.SHARE_OF_FIRST, Optional.empty(), Optional.of(0.03)))),
                row(WholeProcesses.GENERATE, 1000, 20, 30, Optional.of(new BenchResult.Ratio(50, BenchResult.Ratio.Kind.RATE, 200,
                        Optional.of(33.3)))));
        BenchResult r = new BenchResult(1000, 2, 1L << 30, 2, 20.5, List.of(), List.of(), rows, 18.25);
        List<String> lines = BenchTable.processLines(r);
        assertEquals("Processi interi (issue 21): una JVM nuova per processo, avviata come da bin/peg; load average 20.50 "
                + "all'inizio, 18.25 alla fine", lines.get(0));
        assertEquals("processo: floor (JVM, zip + StAX)      1000     2.00     1.50                                          300       40",
                lines.get(3));
        assertEquals("processo: consolidate                  1000     8.00     6.00     4.00x     4.00x  <= 2.00x    no      300       40",
                lines.get(4));
        assertEquals("notte a freddo: 1% reinviati             20     1.20     1.00      5.0%            <= 10.0%    sì      300       40",
                lines.get(5));
        assertEquals("notte a freddo: solo avvio di peg         0     0.20     0.25      2.5%      3.0%                      300       40",
                lines.get(6));
        assertEquals("processo: generate                     1000    20.00    30.00      50/s      33/s  >= 200/s    no      300       40",
                lines.get(7));
        assertTrue(lines.contains("  processo: consolidate (1000): uscita 0"), String.join("\n", lines));
        // and in the whole printed table, after the in-JVM one
        assertTrue(BenchTable.lines(r).containsAll(lines));
    }

    @Test
    void aTargetIsAMaximumForRatiosAndAMinimumForTheRate() {
        assertTrue(new BenchResult.Ratio(2.0, BenchResult.Ratio.Kind.TIMES_FLOOR, 2, Optional.empty()).meetsTarget().orElseThrow());
        assertTrue(!new BenchResult.Ratio(0.021, BenchResult.Ratio.Kind.SHARE_OF_FIRST, 0.02, Optional.empty()).meetsTarget().orElseThrow());
        assertTrue(new BenchResult.Ratio(201, BenchResult.Ratio.Kind.RATE, 200, Optional.empty()).meetsTarget().orElseThrow());
        assertTrue(!new BenchResult.Ratio(199, BenchResult.Ratio.Kind.RATE, 200, Optional.empty()).meetsTarget().orElseThrow());
        // a figure shown for comparison has no verdict
        assertTrue(new BenchResult.Ratio(0.025, BenchResult.Ratio.Kind.SHARE_OF_FIRST, Optional.empty(), Optional.empty())
                .meetsTarget().isEmpty());
    }
}
