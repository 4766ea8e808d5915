package it.peg.merge;

import it.peg.merge.cache.AssessmentCache;
import it.peg.summary.NucleoReadResult;
import it.peg.plan.PlanReadResult;
import it.peg.io.Sha256;
import it.peg.merge.standin.StandInPipeline;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MergeJobTest extends MergeNightCases {

    @Test
    void aRunWithNothingNewLeavesTheOutputsByteIdenticalAndTheLedgerNotesIt() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        MergeFixture.drop(inbox, "spazzatura.xlsx", "ciao\n");
        MergeReport first = run("2024-07-01T02:00:00Z");
        assertEquals(2, first.newFiles());
        assertEquals(2, first.read());
        assertEquals(MergeReport.Outcome.INPUT_ERRORS, first.outcome(), "a file received tonight was rejected");
        assertTrue(first.summaryChanged() && first.csvChanged());
        byte[] xlsx = Files.readAllBytes(work.resolve(MergeJob.SUMMARY));
        byte[] csv = Files.readAllBytes(work.resolve(MergeJob.CSV));
        Files.setLastModifiedTime(work.resolve(MergeJob.SUMMARY), FileTime.fromMillis(0));
        Map<String, String> before = MergeFixture.hashes(work, Ledger.FILE_NAME, MergeLogging.DIR);

        MergeReport second = run("2024-07-02T02:00:00Z");
        assertEquals(0, second.newFiles());
        assertEquals(0, second.read(), "nothing re-read");
        assertFalse(second.summaryChanged() || second.csvChanged());
        assertEquals(MergeReport.Outcome.OK, second.outcome(), "yesterday's stray file does not fail every night");
        assertArrayEquals(xlsx, Files.readAllBytes(work.resolve(MergeJob.SUMMARY)));
        assertArrayEquals(csv, Files.readAllBytes(work.resolve(MergeJob.CSV)));
        assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(work.resolve(MergeJob.SUMMARY)));
        // everything but the ledger and the logs is as it was: nothing was even re-read
        assertEquals(before, MergeFixture.hashes(work, Ledger.FILE_NAME, MergeLogging.DIR));

        List<LedgerEntry> ends = Ledger.read(work).of("RUN_END");
        assertEquals(2, ends.size());
        assertEquals("0", ends.get(1).require("new"));
        assertEquals("unchanged", ends.get(1).require("summary"));
        assertTrue(ends.get(1).require("phasesMs").matches(
                "plan:\\d+,archive:\\d+,assess:\\d+,nucleo:\\d+,combine:\\d+,outputs:\\d+,status:\\d+"),
                ends.get(1).require("phasesMs"));
        assertEquals("changed", ends.get(0).require("inputs"));
        assertEquals("unchanged", ends.get(1).require("inputs"));
    }

    /** A stand-in that counts what a night asked of the pipeline beyond reading the plan. */
    private static final class Counting extends StandInPipeline {
        final java.util.concurrent.atomic.AtomicInteger assessed = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger combined = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger nucleoReads = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public it.peg.consolidate.FileAssessment assess(it.peg.domain.Plan plan, it.peg.domain.Verifica verifica,
                                                        it.peg.consolidate.InputFile file) {
            assessed.incrementAndGet();
            return super.assess(plan, verifica, file);
        }

        @Override
        public it.peg.consolidate.ConsolidationResult combine(it.peg.domain.Plan plan, it.peg.domain.Verifica verifica,
                                                              List<it.peg.consolidate.FileAssessment> files,
                                                              Map<String, it.peg.scoring.NucleoOverride> overrides) {
            combined.incrementAndGet();
            return super.combine(plan, verifica, files, overrides);
        }

        @Override
        public NucleoReadResult readNucleo(Path summaryWorkbook) throws java.io.IOException {
            nucleoReads.incrementAndGet();
            return super.readNucleo(summaryWorkbook);
        }

        @Override
        public void writeSummary(it.peg.consolidate.ConsolidationResult result, OutputStream out) throws java.io.IOException {
            written.incrementAndGet();
            super.writeSummary(result, out);
        }

        int work() {
            return assessed.get() + combined.get() + nucleoReads.get() + written.get();
        }
    }

    @Test
    void aNightWithTheSameInputsDoesNoWorkAndAnyChangeOfInputOrOutputBringsItBack() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=non so\n");
        assertEquals(MergeReport.Outcome.INPUT_ERRORS, run("2024-07-01T02:00:00Z").outcome());

        Counting quiet = new Counting();
        MergeReport second = run("2024-07-02T02:00:00Z", quiet);
        assertEquals(0, quiet.work(), "nothing assessed, combined, read from the summary or written");
        assertEquals(List.of(1, 0, 1, 1), List.of(second.accepted(), second.superseded(), second.rejected(),
                second.missingServices()), "the counts of the run that left the outputs");
        assertEquals(MergeReport.Outcome.INPUT_ERRORS, second.outcome(),
                "S002's delivery is still refused: every night says so until a valid one arrives, as a full run would");

        // someone deletes the CSV: the next night writes it again
        Files.delete(work.resolve(MergeJob.CSV));
        Counting csvGone = new Counting();
        MergeReport third = run("2024-07-03T02:00:00Z", csvGone);
        assertTrue(third.csvChanged() && csvGone.written.get() == 1, "a missing output is a full run");
        assertTrue(Files.isRegularFile(work.resolve(MergeJob.CSV)));

        // the Nucleo saves the summary: its columns are read again, the summary rewritten with them
        Path summary = work.resolve(MergeJob.SUMMARY);
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("Obiettivi").getRow(1).createCell(2).setCellValue(0.9);
            try (OutputStream out = Files.newOutputStream(summary)) {
                wb.write(out);
            }
        }
        Counting nucleo = new Counting();
        run("2024-07-04T02:00:00Z", nucleo);
        assertEquals(1, nucleo.nucleoReads.get());
        assertEquals(1, nucleo.written.get());
        Counting quietAgain = new Counting();
        run("2024-07-05T02:00:00Z", quietAgain);
        assertEquals(0, quietAgain.work(), "quiet again once the outputs are those peg wrote");

        // the rejected file's copy is removed from scartati/ by hand: restored by a full run
        try (var rejected = Files.list(work.resolve(RejectedFolder.DIR))) {
            for (Path p : rejected.toList()) {
                Files.delete(p);
            }
        }
        Counting restore = new Counting();
        run("2024-07-06T02:00:00Z", restore);
        assertEquals(1, restore.combined.get());
        try (var rejected = Files.list(work.resolve(RejectedFolder.DIR))) {
            assertEquals(2, rejected.count(), "the copy and its reasons are back");
        }

        // someone opens the rejected copy and saves it: a full run puts the original back
        Path copy;
        try (var rejected = Files.list(work.resolve(RejectedFolder.DIR))) {
            copy = rejected.filter(p -> !p.toString().endsWith(".motivi.txt")).findFirst().orElseThrow();
        }
        byte[] original = Files.readAllBytes(copy);
        Files.writeString(copy, "modificato a mano");
        Counting edited = new Counting();
        run("2024-07-06T03:00:00Z", edited);
        assertEquals(1, edited.combined.get());
        assertArrayEquals(original, Files.readAllBytes(copy));

        // a new file: a full run, which reads only that file
        MergeFixture.drop(inbox, "S003.txt", "servizio=S003\nvalore=70\n");
        Counting arrival = new Counting();
        MergeReport last = run("2024-07-07T02:00:00Z", arrival);
        assertEquals(1, arrival.assessed.get());
        assertEquals(2, last.accepted());
        List<LedgerEntry> ends = Ledger.read(work).of("RUN_END");
        assertEquals(List.of("changed", "unchanged", "changed", "changed", "unchanged", "changed", "changed", "changed"),
                ends.stream().map(e -> e.require("inputs")).toList());
    }

    @Test
    void theNextVerificaIsAFullRunEvenWithNothingNew() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        run("2024-07-01T02:00:00Z"); // the 30/06 verifica
        Counting sameVerifica = new Counting();
        run("2024-12-30T02:00:00Z", sameVerifica);
        assertEquals(0, sameVerifica.work());
        Counting nextVerifica = new Counting();
        MergeReport r = run("2024-12-31T02:00:00Z", nextVerifica);
        assertEquals(1, nextVerifica.combined.get(), "another verifica: other values due, other scores");
        assertTrue(r.verifica().orElseThrow().contains("31/12/2024"), r.verifica().toString());
    }

    @Test
    void aFileThatIsNotASpreadsheetIsNotedButDoesNotFailTheNight() throws Exception {
        // issue 17: a leggimi.txt left in the inbox made every night that saw it exit 1
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        MergeFixture.drop(inbox, "leggimi.txt", "istruzioni per gli uffici\n");
        MergeReport r = run("2024-07-01T02:00:00Z");
        assertEquals(MergeReport.Outcome.OK, r.outcome(), "a stray note is nobody's failed delivery");
        assertEquals(1, r.rejected());
        String ledger = Files.readString(work.resolve(Ledger.FILE_NAME));
        assertTrue(ledger.lines().anyMatch(l -> l.contains("\tSTATUS\t") && l.contains("leggimi.txt")
                && l.contains("REJECTED")), ledger);
        // named as a workbook, the same content is a delivery that failed: the night says so
        MergeFixture.drop(inbox, "S002.xlsx", "non sono una scheda\n");
        assertEquals(MergeReport.Outcome.INPUT_ERRORS, run("2024-07-02T02:00:00Z").outcome());
    }

    @Test
    void afterARunKilledBeforeItsEndTheSameInputsGetAFullRunThatReportsTheRejectionOnce() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        MergeFixture.drop(inbox, "spazzatura.xlsx", "ciao\n"); // refused, but no service's delivery
        run("2024-07-01T02:00:00Z");
        // as if the run had been killed just before RUN_END: its STATUS lines belong to no complete run
        Path ledgerFile = work.resolve(Ledger.FILE_NAME);
        String runId = "r-2024-07-01T02:00:00Z";
        Files.write(ledgerFile, Files.readAllLines(ledgerFile).stream()
                .filter(l -> !(l.contains(runId) && l.contains("\tRUN_END\t"))).toList());
        Counting afterKill = new Counting();
        MergeReport r = run("2024-07-02T02:00:00Z", afterKill);
        assertEquals(1, afterKill.combined.get(), "the ledger lacks the statuses: a full run writes them");
        assertEquals(MergeReport.Outcome.INPUT_ERRORS, r.outcome(), "the rejection was never reported by a complete run");
        Counting quiet = new Counting();
        assertEquals(MergeReport.Outcome.OK, run("2024-07-03T02:00:00Z", quiet).outcome(), "reported once");
        assertEquals(0, quiet.work());
    }

    @Test
    void theNewestValidSubmissionWinsAndEveryVersionStaysInTheArchiveAndRegistro() throws Exception {
        MergeFixture.drop(inbox, "S001 v1.txt", "servizio=S001\nvalore=10\n");
        run("2024-07-01T02:00:00Z");
        MergeFixture.drop(inbox, "S001 v2.txt", "servizio=S001\nvalore=20\n");
        MergeFixture.drop(inbox, "S001 v3.txt", "servizio=S001\nvalore=non so\n");
        Map<String, String> inboxBefore = MergeFixture.hashes(inbox);
        MergeReport r = run("2024-07-02T02:00:00Z");
        assertEquals(1, r.accepted());
        assertEquals(1, r.superseded());
        assertEquals(1, r.rejected());
        assertEquals(2, r.missingServices());
        assertTrue(Files.readString(work.resolve(MergeJob.CSV)).contains("S001,completa,S001 v2.txt,20"));
        assertEquals(inboxBefore, MergeFixture.hashes(inbox), "the inbox is never modified");

        // the office cleans the inbox: nothing is lost
        for (String n : List.of("S001 v1.txt", "S001 v2.txt", "S001 v3.txt")) {
            Files.delete(inbox.resolve(n));
        }
        MergeReport after = run("2024-07-03T02:00:00Z");
        assertEquals(0, after.seen());
        assertEquals(3, after.accepted() + after.superseded() + after.rejected());
        assertTrue(Files.readString(work.resolve(MergeJob.CSV)).contains("S001,completa,S001 v2.txt,20"));
        assertEquals(3, Ledger.read(work).of("ARCHIVED").size());
        for (LedgerEntry e : Ledger.read(work).of("ARCHIVED")) {
            Path archived = new Archive(work).pathOf(e.require("sha256"), e.require("name"));
            assertEquals(e.require("sha256"), Sha256.ofFile(archived));
        }
        try (var rejected = Files.list(work.resolve(RejectedFolder.DIR))) {
            List<String> names = rejected.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size());
            assertTrue(names.get(0).startsWith("S001 v3--") && names.get(0).endsWith(".motivi.txt"), names.toString());
            assertTrue(Files.readString(work.resolve(RejectedFolder.DIR).resolve(names.get(0))).contains("VALORE_NON_NUMERICO"));
        }
    }

    @Test
    void theNucleosColumnsSurviveTheNextMerge() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        run("2024-07-01T02:00:00Z");
        Path summary = work.resolve(MergeJob.SUMMARY);
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Obiettivi");
            Row row = s.getRow(1);
            assertEquals("OB1", row.getCell(0).getStringCellValue());
            row.createCell(2).setCellValue(0.95);
            row.createCell(3).setCellValue("Rivalutato dopo il colloquio");
            try (OutputStream out = Files.newOutputStream(summary)) {
                wb.write(out);
            }
        }
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=50\n");
        MergeReport r = run("2024-07-02T02:00:00Z");
        assertTrue(r.summaryChanged());
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row row = wb.getSheet("Obiettivi").getRow(1);
            assertEquals(0.95, row.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals("Rivalutato dopo il colloquio", row.getCell(3).getStringCellValue());
            assertEquals(0.5, wb.getSheet("Obiettivi").getRow(2).getCell(1).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void aPlanChangeMakesTheCachedAssessmentsStale() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=80\n");
        run("2024-07-01T02:00:00Z");
        Files.writeString(plan, Files.readString(plan) + "obiettivo=OB9;S002\n");
        MergeReport r = run("2024-07-02T02:00:00Z");
        assertEquals(1, r.read(), "only S002's slice of the plan changed");
    }

    @Test
    void anInvalidPlanTouchesNoOutput() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        run("2024-07-01T02:00:00Z");
        Map<String, String> before = MergeFixture.hashes(work, Ledger.FILE_NAME, MergeLogging.DIR);
        Files.writeString(plan, Files.readString(plan) + "invalido\n");
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=80\n");
        MergeReport r = run("2024-07-02T02:00:00Z");
        assertEquals(MergeReport.Outcome.PLAN_INVALID, r.outcome());
        assertEquals(before, MergeFixture.hashes(work, Ledger.FILE_NAME, MergeLogging.DIR));
        assertEquals("PLAN_INVALID", Ledger.read(work).of("RUN_END").get(1).require("outcome"));
    }

    @Test
    void aFailureWhileWritingLeavesTheOutputsAsTheyWereAndTheNextRunConverges() throws Exception {
        failWhileWritingThenConverge(new StandInPipeline() {
            @Override
            public void writeSummary(it.peg.consolidate.ConsolidationResult result, OutputStream out) {
                throw new IllegalStateException("disco pieno (simulato)");
            }
        });
    }

    /** The CSV is rendered on its own thread: its failure, too, leaves both outputs as they were, no temp file left. */
    @Test
    void aFailureWhileWritingTheCsvLeavesBothOutputsAsTheyWere() throws Exception {
        failWhileWritingThenConverge(new StandInPipeline() {
            @Override
            public void writeCsv(it.peg.consolidate.ConsolidationResult result, java.io.Writer out) {
                throw new IllegalStateException("disco pieno (simulato)");
            }
        });
    }

    /** A night whose output writing fails changes no output (and leaves no temp file); the next one converges. */
    private void failWhileWritingThenConverge(StandInPipeline failing) throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        run("2024-07-01T02:00:00Z");
        Map<String, String> before = MergeFixture.hashes(work, Ledger.FILE_NAME, MergeLogging.DIR, Archive.DIR,
                AssessmentCache.DIR);
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=70\n");
        assertThrows(IllegalStateException.class, () -> run("2024-07-02T02:00:00Z", failing));
        assertEquals(before, MergeFixture.hashes(work, Ledger.FILE_NAME, MergeLogging.DIR, Archive.DIR,
                AssessmentCache.DIR), "summary and CSV as they were, and no temp file");

        MergeReport r = run("2024-07-02T02:00:00Z");
        assertEquals(0, r.newFiles(), "already archived by the failed run");
        assertTrue(Files.readString(work.resolve(MergeJob.CSV)).contains("S002,completa,S002.txt,70"));
    }

    /** Cache entries are stamped with the build: a rebuilt peg reads every file (and the plan) again. */
    @Test
    void anotherBuildDoesNotReuseTheCache() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=70\n");
        MergeRequest request = new MergeRequest(plan, inbox, work, Optional.empty());
        java.util.concurrent.atomic.AtomicInteger plans = new java.util.concurrent.atomic.AtomicInteger();
        StandInPipeline counting = new StandInPipeline() {
            @Override
            public PlanReadResult loadPlan(Path planFile) throws java.io.IOException {
                plans.incrementAndGet();
                return super.loadPlan(planFile);
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2024-07-01T02:00:00Z"), ZoneOffset.UTC);
        assertEquals(2, new MergeJob(counting.stages(), clock, "1.0", "1.0+100-1").run(request, "a").read());
        assertEquals(0, new MergeJob(counting.stages(), clock, "1.0", "1.0+100-1").run(request, "b").read());
        assertEquals(1, plans.get(), "the same build decodes the plan it read before");
        assertEquals(2, new MergeJob(counting.stages(), clock, "1.0", "1.0+104-2").run(request, "c").read());
        assertEquals(2, plans.get(), "a rebuilt jar reads the plan again");
    }

    /**
     * The outputs are recorded by their {@link it.peg.io.OutputDigest} ({@code digest=} on OUTPUT lines, which the
     * previous build wrote as {@code sha256=}): a ledger of the previous build is read by this one, which archives
     * nothing again and takes every file's status from it.
     */
    @Test
    void aLedgerWhoseOutputLinesTheEarlierBuildWroteWithSha256IsReadAsBefore() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        MergeRequest request = new MergeRequest(plan, inbox, work, Optional.empty());
        Clock clock = Clock.fixed(Instant.parse("2024-07-01T02:00:00Z"), ZoneOffset.UTC);
        assertEquals(1, new MergeJob(new StandInPipeline().stages(), clock, "1.0", "1.0+100-1").run(request, "a").read());
        Ledger.Contents first = Ledger.read(work);
        assertEquals(List.of(it.peg.io.OutputDigest.ofFile(work.resolve(MergeJob.CSV)),
                        it.peg.io.OutputDigest.ofFile(work.resolve(MergeJob.SUMMARY))),
                first.of(LedgerEvent.OUTPUT).stream().filter(e -> !e.require("file").contains("-"))
                        .map(e -> e.require("digest")).toList());
        // the same ledger as the previous build wrote it: each OUTPUT line with the output's SHA-256
        StringBuilder old = new StringBuilder();
        for (LedgerEntry e : first.entries()) {
            if (e.is(LedgerEvent.OUTPUT)) {
                Map<String, String> f = new java.util.LinkedHashMap<>();
                f.put("file", e.require("file"));
                f.put("sha256", Sha256.ofFile(work.resolve(e.require("file"))));
                f.put("verifica", e.require("verifica"));
                e = new LedgerEntry(e.at(), e.run(), e.event(), f);
            }
            old.append(Ledger.format(e)).append('\n');
        }
        Files.writeString(work.resolve(Ledger.FILE_NAME), old.toString());
        MergeReport next = new MergeJob(new StandInPipeline().stages(), clock, "1.1", "1.1+104-2").run(request, "b");
        assertEquals(0, next.newFiles(), "known from the old ledger");
        assertEquals(1, next.accepted());
        Ledger.Contents after = Ledger.read(work);
        assertEquals(0, after.badLines());
        assertEquals(1, after.of(LedgerEvent.ARCHIVED).size());
        assertEquals(2, after.of(LedgerEvent.RUN_END).size());
    }
}
