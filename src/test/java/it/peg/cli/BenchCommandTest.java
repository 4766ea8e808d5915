package it.peg.cli;

import it.peg.bench.Benchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code peg bench} on 5 services: the run completes, prints the table and its checks, cleans up. The whole processes
 * (a dozen JVMs) are left to {@code it.peg.bench.WholeProcessesIT}.
 */
class BenchCommandTest {
    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeAll
    static void withoutProcesses() {
        System.setProperty(Benchmark.PROCESSES_PROPERTY, "false");
    }

    @org.junit.jupiter.api.AfterAll
    static void processesAgain() {
        System.clearProperty(Benchmark.PROCESSES_PROPERTY);
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Console.Verbosity.NORMAL, false);
        return new Main(List.of(new BenchCommand())).run(args, console);
    }

    @Test
    void fiveServicesPrintTheTableAndDeleteTheFiles() throws Exception {
        Path work = dir.resolve("bench");
        assertEquals(0, run("bench", "--services", "5", "--out", work.toString(), "--threads", "2"), err.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("peg bench: 5 servizi"), text);
        for (String phase : List.of(Benchmark.GENERATE, Benchmark.FLOOR_JDK, Benchmark.FLOOR, Benchmark.CONSOLIDATE_SEQ, Benchmark.CONSOLIDATE,
                Benchmark.MERGE_FULL, Benchmark.MERGE, Benchmark.NAIVE, Benchmark.SUMMARY)) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(phase) && l.matches(".*\\s5\\s.*|.*\\s1\\s.*")),
                    "row of " + phase + " in\n" + text);
        }
        assertTrue(text.contains("consolidate: 5/5 servizi con scheda valida, 0 errori"), text);
        assertTrue(text.contains("lettore veloce e POI: stesse schede e segnalazioni su 5 file"), text);
        // the consolidate rows carry the three ratios (baseline, JDK floor, Woodstox floor); the merge rows (a full
        // night, then 1% re-sent) are measured too
        String consolidate = text.lines().filter(l -> l.startsWith(Benchmark.CONSOLIDATE_SEQ)).findFirst().orElseThrow();
        assertTrue(consolidate.matches(".*\\d+\\.\\dx\\s+\\d+\\.\\d\\dx\\s+\\d+\\.\\d\\dx\\s+\\d+\\s+\\d+$"), consolidate);
        String merge = text.lines().filter(l -> l.contains("merge incrementale (1% modificati): OK")).findFirst()
                .orElseThrow(() -> new AssertionError("the incremental merge night ran clean:\n" + text));
        assertTrue(merge.contains("% del merge completo"), merge);
        assertTrue(text.lines().anyMatch(l -> l.contains(Benchmark.MERGE_QUIET + ": OK: 0 nuovi, 0 letti")),
                "the night after, nothing new:\n" + text);
        try (Stream<Path> left = Files.list(work)) {
            assertFalse(left.findAny().isPresent(), "files left behind without --keep");
        }
    }

    @Test
    void aKeptRunLeavesTheInboxAsTheFirstNightFoundItAndEveryUntimedNightRead() throws Exception {
        Path work = dir.resolve("kept5");
        java.time.Instant start = java.time.Instant.now();
        assertEquals(0, run("bench", "--services", "5", "--out", work.toString(), "--keep", "--no-baseline"),
                err.toString());
        // the 1% nights put corrected workbooks into the inbox: at the end the inbox holds again the files the
        // first measured night archived, with their dates
        Map<String, String> archivedFirst = new java.util.HashMap<>();
        for (String line : Files.readAllLines(work.resolve("merge").resolve("ledger.tsv"))) {
            if (line.contains("\tbench-1\t") && line.contains("\tARCHIVED\t")) {
                archivedFirst.put(field(line, "name"), field(line, "sha256"));
            }
        }
        assertEquals(5, archivedFirst.size(), "the first night archived every file");
        try (Stream<Path> inbox = Files.list(work.resolve("consegne"))) {
            for (Path f : inbox.toList()) {
                assertEquals(archivedFirst.get(f.getFileName().toString()), it.peg.io.Sha256.ofFile(f), f.toString());
                assertTrue(Files.getLastModifiedTime(f).toInstant().isBefore(start),
                        "the date the office sent it, not the run's: " + f);
            }
        }
        for (String scratch : List.of(Benchmark.RESENT_DIR, Benchmark.ORIGINALS_DIR, Benchmark.WARM_UP_DIR)) {
            assertFalse(Files.exists(work.resolve(scratch)), scratch + " left behind");
        }
        // five services: five sets of re-sent files, so five untimed 1% nights, each with a file to read
        String merge = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(Benchmark.MERGE + ": OK"))
                .findFirst().orElseThrow();
        String untimed = merge.substring(merge.indexOf("non misurate: ") + "non misurate: ".length(), merge.lastIndexOf(" s"));
        assertEquals(5, untimed.split(" ").length, merge);
    }

    /** A field of a ledger line ({@code key=value}, tab-separated). */
    private static String field(String line, String key) {
        for (String part : line.split("\t")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        throw new AssertionError("no " + key + " in " + line);
    }

    @Test
    void keepLeavesTheWorkbooksAndAWrongCountIsAUsageError() throws Exception {
        Path work = dir.resolve("kept");
        assertEquals(0, run("bench", "--services", "2", "--out", work.toString(), "--keep", "--no-baseline",
                "--no-summary"));
        try (Stream<Path> files = Files.list(work.resolve("consegne"))) {
            assertEquals(2, files.count());
        }
        assertFalse(out.toString(StandardCharsets.UTF_8).lines().anyMatch(l -> l.startsWith(Benchmark.NAIVE)));
        assertEquals(2, run("bench", "--services", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--services vuole un numero intero positivo"), err.toString());
    }

    @Test
    void onlyTakesNightsAndNothingElse() {
        assertEquals(2, run("bench", "--services", "2", "--out", dir.resolve("o").toString(), "--only", "consolidate"));
        assertEquals("--only accetta solo 'notti' (le notti a freddo di merge), non 'consolidate'.",
                err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("--only")).findFirst().orElseThrow()
                        .replaceFirst("^.*?--only", "--only"));
    }
}
