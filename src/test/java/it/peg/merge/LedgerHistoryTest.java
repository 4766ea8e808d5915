package it.peg.merge;

import it.peg.merge.cache.AssessmentCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The history a night starts from, taken from the snapshot plus the lines after it, is the one parsing the whole
 * ledger gives: over a seeded series of runs (files archived again, statuses changed, runs killed before RUN_END,
 * lines torn by a kill), and after the ledger was altered under the snapshot.
 */
class LedgerHistoryTest {
    @TempDir
    Path work;

    private static final String BUILD = "test-build";

    @Test
    void theSnapshotAndTheLinesAfterItGiveWhatTheWholeLedgerGives() throws Exception {
        Random random = new Random(20261123);
        int fromSnapshot = 0;
        for (int run = 0; run < 60; run++) {
            LedgerHistory.Loaded loaded = LedgerHistory.read(work, BUILD);
            assertEquals(History.of(Ledger.read(work)), loaded.history(), "before run " + run);
            if (loaded.parsed() < Ledger.read(work).entries().size()) {
                fromSnapshot++;
            }
            boolean completes = writeRun(run, random);
            if (completes) {
                LedgerHistory.refresh(work, BUILD, loaded);
            }
        }
        assertTrue(fromSnapshot > 20, "the snapshot served " + fromSnapshot + " of 60 nights");
        assertTrue(Ledger.read(work).badLines() > 0, "the series must include torn lines");
    }

    @Test
    void aLedgerAlteredUnderTheSnapshotIsParsedWhole() throws Exception {
        Random random = new Random(7);
        for (int run = 0; run < 40; run++) {
            LedgerHistory.Loaded loaded = LedgerHistory.read(work, BUILD);
            writeRun(run, random);
            LedgerHistory.refresh(work, BUILD, loaded);
        }
        assertTrue(Files.isRegularFile(work.resolve(AssessmentCache.DIR).resolve(LedgerHistory.FILE_NAME)));
        Path file = work.resolve(Ledger.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        // someone deletes an early STATUS line by hand: the bytes under the snapshot are no longer the same
        int at = text.indexOf("\tSTATUS\t");
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at) + 1;
        Files.writeString(file, text.substring(0, start) + text.substring(end));
        LedgerHistory.Loaded loaded = LedgerHistory.read(work, BUILD);
        assertEquals(History.of(Ledger.read(work)), loaded.history());
        Ledger.Contents all = Ledger.read(work);
        assertEquals(all.entries().size() + all.badLines(), loaded.parsed(), "parsed whole");
    }

    /** A run id that shows up on both sides of the snapshot (never, with ids made of a time and a pid) parses all. */
    @Test
    void aRunWithLinesOnBothSidesOfTheSnapshotIsParsedWhole() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-07-01T01:00:00Z"), ZoneOffset.UTC);
        Ledger killed = Ledger.open(work, "A", clock);
        killed.append("RUN_START", Map.of("version", "t"));
        Map<String, String> status = new LinkedHashMap<>();
        status.put("sha256", "ab".repeat(32));
        status.put("name", "S1.xlsx");
        status.put("status", "REJECTED");
        status.put("reason", "non è una scheda");
        killed.append("STATUS", status);
        LedgerHistory.Loaded loaded = LedgerHistory.read(work, BUILD);
        Random random = new Random(3);
        while (Ledger.read(work).entries().size() < 2 * LedgerHistory.REFRESH_LINES) {
            writeRun(100 + Ledger.read(work).entries().size(), random);
        }
        LedgerHistory.refresh(work, BUILD, loaded);
        assertTrue(Files.isRegularFile(work.resolve(AssessmentCache.DIR).resolve(LedgerHistory.FILE_NAME)));
        Ledger.open(work, "A", clock).append("RUN_END", Map.of("outcome", "OK"));

        History whole = History.of(Ledger.read(work));
        assertTrue(whole.reportedRejections().contains("S1.xlsx\u0000" + "ab".repeat(32)));
        assertEquals(whole, LedgerHistory.read(work, BUILD).history());
    }

    /**
     * Regression: a last line that lost only its newline (a write cut short) is torn when read, and whole once the
     * next run's first append puts the newline before its own line; a snapshot written after that run must not
     * keep the line as torn.
     */
    @Test
    void aLineCutBeforeItsNewlineIsNotLostFromTheSnapshot() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-07-01T01:00:00Z"), ZoneOffset.UTC);
        Map<String, String> archived = new LinkedHashMap<>();
        archived.put("sha256", "cd".repeat(32));
        archived.put("name", "S1.xlsx");
        archived.put("size", "1234");
        archived.put("received", "2024-07-01T00:59:00Z");
        Files.createDirectories(work);
        Files.writeString(work.resolve(Ledger.FILE_NAME),
                Ledger.format(new LedgerEntry(clock.instant(), "K", "ARCHIVED", archived)));
        LedgerHistory.Loaded loaded = LedgerHistory.read(work, BUILD);
        assertEquals(1, loaded.history().badLines(), "cut short: torn when read");
        // the next run: complete, and long enough for a snapshot (it puts the missing newline first)
        Ledger next = Ledger.open(work, "B", clock);
        next.append("RUN_START", Map.of("version", "t"));
        for (int i = 0; i < LedgerHistory.REFRESH_LINES; i++) {
            next.append("NOTE", Map.of("i", String.valueOf(i)));
        }
        next.append("RUN_END", Map.of("outcome", "OK"));
        LedgerHistory.refresh(work, BUILD, loaded);

        History whole = History.of(Ledger.read(work));
        assertTrue(whole.archived().containsKey("S1.xlsx\u0000" + "cd".repeat(32)), "whole again once completed");
        assertEquals(whole, LedgerHistory.read(work, BUILD).history());
    }

    /** A ledger of 40 seeded runs and its snapshot, as a night leaves them. */
    private LedgerHistory.Snapshot ledgerWithSnapshot() throws Exception {
        Random random = new Random(11);
        for (int run = 0; run < 40; run++) {
            LedgerHistory.Loaded loaded = LedgerHistory.read(work, BUILD);
            writeRun(run, random);
            LedgerHistory.refresh(work, BUILD, loaded);
        }
        return SnapshotFile.read(LedgerHistory.path(work), BUILD).orElseThrow();
    }

    /**
     * The snapshot written by hand (format 2, issue 21, h28-fixed) reads back as the history it was made from, the files
     * received in the ledger's order, and serves the night (fewer lines parsed than the ledger has).
     */
    @Test
    void theSnapshotReadsBackAsItWasWrittenFilesInTheLedgersOrder() throws Exception {
        LedgerHistory.Snapshot kept = ledgerWithSnapshot();
        byte[] data = Files.readAllBytes(LedgerHistory.path(work));
        Ledger.Contents under = Ledger.parse(Files.readAllBytes(work.resolve(Ledger.FILE_NAME)), 0);
        LedgerHistory.Loaded loaded = LedgerHistory.read(work, BUILD);
        assertTrue(loaded.parsed() < under.entries().size(), "the snapshot served the night");
        History whole = History.of(Ledger.read(work));
        assertEquals(whole, loaded.history());
        assertEquals(List.copyOf(whole.archived().keySet()), List.copyOf(loaded.history().archived().keySet()),
                "in the ledger's order");
        assertTrue(kept.history().lastStatus().size() > 10 && !kept.history().reportedRejections().isEmpty()
                && kept.history().badLines() > 0, "statuses, rejections and torn lines kept");
        assertEquals(kept, SnapshotFile.read(LedgerHistory.path(work), BUILD).orElseThrow());
        assertTrue(java.util.Arrays.equals(data, SnapshotFile.encode(BUILD, kept)), "written again the same bytes");
    }

    /**
     * Snapshots a night must not take: format 1 (the records' codec), a torn one, one with a byte flipped, another
     * build's; each is no snapshot, the whole ledger is parsed, the history the same.
     */
    @Test
    void aSnapshotOfTheFormerFormatATornOneOrAnotherBuildsIsNotTaken() throws Exception {
        LedgerHistory.Snapshot kept = ledgerWithSnapshot();
        Path file = LedgerHistory.path(work);
        byte[] good = Files.readAllBytes(file);
        History whole = History.of(Ledger.read(work));
        int lines = Ledger.read(work).entries().size() + Ledger.read(work).badLines();

        it.peg.merge.cache.CacheEntry.write(file, "peg-ledger-history/1", List.of(BUILD), "", kept);
        assertParsedWhole(whole, lines, "format 1");
        Files.write(file, java.util.Arrays.copyOf(good, good.length - 9));
        assertParsedWhole(whole, lines, "torn");
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x10;
        Files.write(file, flipped);
        assertParsedWhole(whole, lines, "a byte flipped");
        Files.write(file, good);
        assertTrue(LedgerHistory.read(work, BUILD).parsed() < lines, "the snapshot as written serves");
        assertEquals(whole, LedgerHistory.read(work, "another-build").history());
        assertEquals(lines, LedgerHistory.read(work, "another-build").parsed(), "another build's");
    }

    private void assertParsedWhole(History whole, int lines, String what) throws Exception {
        LedgerHistory.Loaded loaded = LedgerHistory.read(work, BUILD);
        assertEquals(whole, loaded.history(), what);
        assertEquals(lines, loaded.parsed(), what + ": parsed whole");
    }

    /** One run's lines; a few runs are killed before RUN_END, some in the middle of a line. */
    private boolean writeRun(int run, Random random) throws Exception {
        String id = "20240701T0100" + String.format("%02d", run) + "-" + (1000 + run);
        Clock clock = Clock.fixed(Instant.parse("2024-07-01T01:00:00Z").plusSeconds(3600L * run), ZoneOffset.UTC);
        Ledger ledger = Ledger.open(work, id, clock);
        ledger.append("RUN_START", Map.of("version", "t"));
        int files = 1 + random.nextInt(30);
        for (int i = 0; i < files; i++) {
            String name = "S" + random.nextInt(40) + ".xlsx";
            String sha = Integer.toHexString(random.nextInt(60)).repeat(8);
            Map<String, String> archived = new LinkedHashMap<>();
            archived.put("sha256", sha);
            archived.put("name", name);
            archived.put("size", String.valueOf(1000 + random.nextInt(9000)));
            archived.put("received", clock.instant().plusMillis(random.nextInt(100_000)).toString());
            ledger.append("ARCHIVED", archived);
            Map<String, String> status = new LinkedHashMap<>();
            status.put("sha256", sha);
            status.put("name", name);
            status.put("service", "S" + random.nextInt(10));
            status.put("status", random.nextInt(4) == 0 ? "REJECTED" : random.nextBoolean() ? "ACCEPTED" : "SUPERSEDED");
            status.put("reason", random.nextInt(3) == 0 ? "motivo\tcon tab" : "");
            ledger.append("STATUS", status);
        }
        int fate = random.nextInt(10);
        if (fate == 0) {
            // killed while writing a line: no newline at the end of the file
            Files.writeString(work.resolve(Ledger.FILE_NAME), "2024-07-01T01:00:00Z\t" + id + "\tSTAT",
                    StandardOpenOption.APPEND);
            return false;
        }
        if (fate == 1) {
            return false; // killed between two lines
        }
        ledger.append("RUN_END", Map.of("outcome", "OK"));
        return true;
    }
}
