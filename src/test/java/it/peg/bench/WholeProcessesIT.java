package it.peg.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bench's whole processes on 4 services, each process once: every row of issue 21 is printed, the work of each
 * process was done (exit 0 or 1), each ratio is computed and generate's two outputs are the same bytes. No time is
 * asserted.
 */
class WholeProcessesIT {
    @TempDir
    Path dir;

    @Test
    void everyProcessRowWithItsRatio() throws Exception {
        List<String> log = new ArrayList<>();
        BenchResult r = new Benchmark(4, 1, dir, false, true, log::add).processCounts(WholeProcesses.ONCE).run();
        List<String> phases = r.processes().stream().map(p -> p.phase() + " " + p.files()).toList();
        assertEquals(List.of(WholeProcesses.FLOOR + " 2", WholeProcesses.CONSOLIDATE + " 2", WholeProcesses.FLOOR + " 4",
                WholeProcesses.CONSOLIDATE + " 4", WholeProcesses.NIGHT_FIRST + " 4", WholeProcesses.NIGHT_RESENT + " 1",
                WholeProcesses.NIGHT_QUIET + " 0", WholeProcesses.NIGHT_START + " 0", WholeProcesses.GENERATE + " 2"), phases);
        for (BenchResult.ProcessRow row : r.processes()) {
            assertTrue(row.note().startsWith("uscita 0") || row.note().contains("; uscita 0")
                    || row.note().contains("uscita 1"), row.phase() + ": " + row.note());
            assertTrue(row.seconds().orElseThrow() > 0, row.phase());
            boolean ratio = !row.phase().equals(WholeProcesses.FLOOR) && !row.phase().equals(WholeProcesses.NIGHT_FIRST);
            assertEquals(ratio, row.ratio().isPresent(), row.phase() + " ratio");
            row.ratio().ifPresent(x -> assertEquals(!row.phase().equals(WholeProcesses.NIGHT_START), x.target().isPresent(),
                    row.phase() + " target"));
            assertTrue(row.peakHeap() > 0, row.phase() + " heap from its GC log");
        }
        assertEquals(BenchResult.Ratio.Kind.TIMES_FLOOR, r.processes().get(1).ratio().orElseThrow().kind());
        assertEquals(BenchResult.Ratio.Kind.SHARE_OF_FIRST, r.processes().get(5).ratio().orElseThrow().kind());
        assertEquals(BenchResult.Ratio.Kind.SHARE_OF_FIRST, r.processes().get(7).ratio().orElseThrow().kind());
        assertEquals(BenchResult.Ratio.Kind.RATE, r.processes().get(8).ratio().orElseThrow().kind());
        // the console of consolidate was captured and counted: one line at least per service
        String consolidate = r.processes().get(3).note();
        assertTrue(consolidate.matches("riepilogo e CSV scritti, console \\d+ righe .*"), consolidate);
        assertTrue(r.checks().contains("generate (processo): output identico byte per byte in due esecuzioni (2 file)"),
                r.checks().toString());
        // the table prints them
        List<String> table = BenchTable.lines(r);
        assertTrue(table.stream().anyMatch(l -> l.startsWith(WholeProcesses.CONSOLIDATE) && l.contains("<= 2.00x")),
                String.join("\n", table));
        assertTrue(table.stream().anyMatch(l -> l.startsWith(WholeProcesses.NIGHT_QUIET) && l.contains("<= 2.0%")),
                String.join("\n", table));
        // peg's start alone, beside the nights for comparison: a share of the first night, no target, no verdict
        String start = table.stream().filter(l -> l.startsWith(WholeProcesses.NIGHT_START)).findFirst().orElseThrow();
        assertTrue(start.contains("%") && !start.contains("<=") && !start.matches(".* (sì|no) .*"), start);
        // the processes' scratch is gone; the inbox holds its original files again
        assertFalse(Files.exists(dir.resolve(WholeProcesses.DIR)));
        try (Stream<Path> inbox = Files.list(dir.resolve("consegne"))) {
            assertEquals(4, inbox.count());
        }
    }

    /** {@code peg bench --only notti}: the cold nights alone, no in-JVM phase but the preparation, no other process. */
    @Test
    void nightsOnly() throws Exception {
        List<String> log = new ArrayList<>();
        BenchResult r = new Benchmark(4, 1, dir, false, true, log::add).processCounts(WholeProcesses.ONCE)
                .nightsOnly(true).run();
        assertEquals(List.of(WholeProcesses.NIGHT_FIRST + " 4", WholeProcesses.NIGHT_RESENT + " 1",
                        WholeProcesses.NIGHT_QUIET + " 0", WholeProcesses.NIGHT_START + " 0"),
                r.processes().stream().map(p -> p.phase() + " " + p.files()).toList());
        assertEquals(List.of(Benchmark.GENERATE, Benchmark.FILL), r.rows().stream().map(BenchResult.Row::phase).toList());
        for (BenchResult.ProcessRow row : r.processes()) {
            assertTrue(row.note().contains("uscita 0"), row.phase() + ": " + row.note());
            assertTrue(row.peakHeap() > 0, row.phase() + " heap from its GC log");
        }
        assertFalse(Files.exists(dir.resolve(WholeProcesses.DIR)));
    }
}
