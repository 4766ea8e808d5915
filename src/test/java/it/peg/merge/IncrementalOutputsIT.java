package it.peg.merge;

import it.peg.merge.cache.AssessmentCache;
import it.peg.merge.cache.ParsedFileCache;
import it.peg.demo.OfficeSimulator;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.io.PlainSegments;
import it.peg.plan.PlanReader;
import it.peg.xlsx.DeflatedSegments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A night that copies the unchanged runs of rows of the summary's row sheets (Indicatori since issue 6, the others since
 * issue 21) and the CSV's unchanged services' rows from the outputs the last night left (issue 6: a
 * night's work proportional to what changed) writes the bytes a full render of the same inputs writes: over real
 * generated and filled workbooks of the demo plan, one office re-sends its scheda with other values; then the night
 * state is deleted and a full render must find both outputs byte-identical (so it replaces neither). Outputs
 * altered since the last night are not copied from.
 */
class IncrementalOutputsIT {
    @TempDir
    Path tmp;

    /** The "copied" lines the two writers log while {@code night} runs. */
    private static List<String> copiedLines(DemoNights.Night night) throws IOException {
        return DemoNights.logged(night, DeflatedSegments.class, PlainSegments.class);
    }

    private record Cycle(Plan plan, Verifica verifica, MergeRequest request, Path work) {
    }

    /** Every service's scheda generated, filled and merged in a first night. */
    private Cycle firstNight() throws IOException {
        Path planFile = DemoNights.plan(tmp);
        Plan plan = PlanReader.read(planFile).plan().orElseThrow();
        Verifica v = plan.settings().verifiche().get(1);
        Path inbox = DemoNights.fillEvery(plan, v, tmp.resolve("consegne"));
        Path work = tmp.resolve("lavoro");
        MergeRequest request = new MergeRequest(planFile, inbox, work, Optional.of(v.date()));
        assertTrue(DemoNights.night(request, 0).summaryChanged());
        return new Cycle(plan, v, request, work);
    }

    @Test
    void aNightCopyingUnchangedRowsWritesWhatAFullRenderWrites() throws Exception {
        Cycle c = firstNight();
        Plan plan = c.plan();
        Path work = c.work();
        MergeRequest request = c.request();
        DemoNights.fill(plan, c.verifica(), c.request().inbox(), 2, 99L); // the third office re-sends its scheda with other values
        List<String> copied = copiedLines(() -> {
            MergeReport second = DemoNights.night(request, 1);
            assertEquals(1, second.read());
            assertTrue(second.summaryChanged());
            assertTrue(second.csvChanged());
        });
        int services = plan.services().size();
        // every row sheet of the summary copied from (its runs of rows), and the CSV
        assertEquals(8, copied.size(), copied.toString());
        for (int sheet = 2; sheet <= 8; sheet++) {
            String part = "xl/worksheets/sheet" + sheet + ".xml: ";
            assertTrue(copied.stream().anyMatch(l -> l.startsWith(part)), part + " " + copied);
        }
        // every service's Indicatori rows but the third's (plus the header, head and tail parts, always rendered)
        assertTrue(copied.stream().anyMatch(l -> l.startsWith("xl/worksheets/") && l.contains(": " + (services - 1)
                + " of " + (services + 3) + " segments copied")), copied.toString());
        assertTrue(copied.stream().anyMatch(l -> l.endsWith(": " + (services - 1) + " of " + (services + 1)
                + " segments copied")), copied.toString());
        byte[] summary = Files.readAllBytes(work.resolve(MergeJob.SUMMARY));
        byte[] csv = Files.readAllBytes(work.resolve(MergeJob.CSV));

        // a full render of the same inputs: nothing to copy from, the same bytes, so neither output is replaced
        Files.delete(work.resolve(AssessmentCache.DIR).resolve(NightState.FILE_NAME));
        List<String> none = copiedLines(() -> {
            MergeReport full = DemoNights.night(request, 2);
            assertFalse(full.summaryChanged(), "the full render gave another summary");
            assertFalse(full.csvChanged(), "the full render gave another CSV");
        });
        assertEquals(List.of(), none);
        assertArrayEquals(summary, Files.readAllBytes(work.resolve(MergeJob.SUMMARY)));
        assertArrayEquals(csv, Files.readAllBytes(work.resolve(MergeJob.CSV)));
    }

    /**
     * A night with one file re-sent takes every other file's assessment from the cache, read ahead while the plan is
     * decoded, and combines every service again: its outputs are the bytes a run over the same archive and ledger
     * writes when it has no cache at all (every file read again, the plan too, nothing copied).
     */
    @Test
    void aNightFromTheCacheWritesWhatANightReadingEveryFileWrites() throws Exception {
        Cycle c = firstNight();
        Path work = c.work();
        MergeRequest request = c.request();
        int services = c.plan().services().size();
        DemoNights.fill(c.plan(), c.verifica(), request.inbox(), 1, 77L); // the second office re-sends its scheda
        MergeReport second = DemoNights.night(request, 1);
        assertEquals(1, second.read(), "every other file from the cache");
        byte[] summary = Files.readAllBytes(work.resolve(MergeJob.SUMMARY));
        byte[] csv = Files.readAllBytes(work.resolve(MergeJob.CSV));

        deleteTree(work.resolve(AssessmentCache.DIR));
        MergeReport full = DemoNights.night(request, 1);
        assertEquals(services + 1, full.read(), "every archived file read again, the superseded one too");
        assertFalse(full.summaryChanged(), "the run without a cache gave another summary");
        assertFalse(full.csvChanged(), "the run without a cache gave another CSV");
        assertArrayEquals(summary, Files.readAllBytes(work.resolve(MergeJob.SUMMARY)));
        assertArrayEquals(csv, Files.readAllBytes(work.resolve(MergeJob.CSV)));
    }

    /**
     * Issue 21: a night scores each service where its file's assessment is read or taken from the cache, and combine
     * only assembles those scores (it scores again a service with an objective the Nucleo overrides). After each kind
     * of change (a scheda re-sent with other values, a Nucleo's override typed into the summary, the plan's rule for
     * missing values, another verifica) the night gives the consolidation (scores equal), summary, CSV and Schede that
     * the same night gives when combine scores every service.
     */
    @Test
    void aNightTakingTheScoresMadeWhereFilesAreReadWritesWhatScoringEveryServiceInCombineWrites() throws Exception {
        Cycle c = firstNight();
        MergeRequest request = c.request();
        int services = c.plan().services().size();

        // the third office re-sends its scheda with other values, one of them "n.d." (refused: counts zero below)
        Service third = c.plan().services().get(2);
        Path file = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty()))
                .write(c.plan(), third, request.inbox());
        new OfficeSimulator(c.plan(), 99L).fill(file, third.code(), c.verifica(),
                List.of(OfficeSimulator.Mistake.NOT_AVAILABLE));
        Scored resent = scoredAheadAndAgain(request, 1);
        assertEquals(services + 1, resent.ahead(),
                "every file scored where it was assessed (the one superseded too)");

        typeNucleo(c.work().resolve(MergeJob.SUMMARY), c.plan().objectives().get(0).code(), 0.5);
        Scored overridden = scoredAheadAndAgain(request, 2);
        assertTrue(overridden.result().scores().objectives().get(0).overridden());
        assertFalse(resent.result().scores().equals(overridden.result().scores()), "the override changed the scores");

        // missing values now count zero: a rule the plan's fingerprint leaves out (the schede do not change)
        editSettings(request.planFile(), "Valori mancanti", "zero");
        Scored zero = scoredAheadAndAgain(request, 3);
        assertFalse(overridden.result().scores().equals(zero.result().scores()), "the rule changed the scores");

        MergeRequest june = new MergeRequest(request.planFile(), request.inbox(), request.workDir(),
                Optional.of(c.plan().settings().verifiche().get(0).date()));
        Scored otherVerifica = scoredAheadAndAgain(june, 4);
        assertFalse(zero.result().scores().equals(otherVerifica.result().scores()));
    }

    /** A night's consolidation and how many of its assessments came scored ahead. */
    private record Scored(it.peg.consolidate.ConsolidationResult result, long ahead) {
    }

    /**
     * The night with the services scored where their files are assessed, then the same night again (its state deleted, so nothing is
     * copied) scoring every service in combine: the same consolidation, the same bytes of every output.
     */
    private static Scored scoredAheadAndAgain(MergeRequest request, int day) throws IOException {
        java.util.concurrent.atomic.AtomicReference<Scored> ahead = new java.util.concurrent.atomic.AtomicReference<>();
        Stages real = Stages.real();
        Stages recording = stagesWith(real, (plan, v, files, overrides) -> {
            it.peg.consolidate.ConsolidationResult r = real.combine().combine(plan, v, files, overrides);
            ahead.set(new Scored(r, files.stream().filter(f -> f.scoring().isPresent()).count()));
            return r;
        });
        Clock clock = Clock.fixed(Instant.parse("2024-07-01T22:00:00Z").plusSeconds(86_400L * day), ZoneOffset.UTC);
        // the full night is the subject (the proportional night, which combines only some services, is PartialNightIT's)
        NightFigures.delete(request.workDir());
        assertTrue(new MergeJob(recording, clock, "test").run(request, "night-" + day).summaryChanged());
        Path work = request.workDir();
        List<String> outputs = List.of(MergeJob.SUMMARY, MergeJob.CSV, it.peg.summary.ValutazioneWorkbookWriter.FILE_NAME);
        List<byte[]> written = new java.util.ArrayList<>();
        for (String o : outputs) {
            written.add(Files.readAllBytes(work.resolve(o)));
        }

        Files.delete(work.resolve(AssessmentCache.DIR).resolve(NightState.FILE_NAME));
        java.util.concurrent.atomic.AtomicReference<it.peg.consolidate.ConsolidationResult> again =
                new java.util.concurrent.atomic.AtomicReference<>();
        Stages everyService = stagesWith(real, (plan, v, files, overrides) -> {
            again.set(real.combine().combine(plan, v,
                    files.stream().map(f -> f.withScoring(Optional.empty())).toList(), overrides));
            return again.get();
        });
        MergeReport full = new MergeJob(everyService, clock, "test").run(request, "night-" + day + "-again");
        assertEquals(ahead.get().result().scores(), again.get().scores());
        assertEquals(ahead.get().result(), again.get());
        assertFalse(full.summaryChanged(), "scoring every service gave another summary");
        assertFalse(full.csvChanged(), "scoring every service gave another CSV");
        for (int i = 0; i < outputs.size(); i++) {
            assertArrayEquals(written.get(i), Files.readAllBytes(work.resolve(outputs.get(i))), outputs.get(i));
        }
        return ahead.get();
    }

    private static Stages stagesWith(Stages s, Stages.Combine combine) {
        return new Stages(s.readPlan(), s.assess(), combine, s.readNucleo(), s.nucleoOf(), s.writeSummary(),
                s.writeCsv(), s.writeForms());
    }

    /** A setting of the plan workbook given another value, as a person would in Excel (POI). */
    private static void editSettings(Path planFile, String header, String value) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(planFile))) {
            org.apache.poi.ss.usermodel.Sheet settings = null;
            org.apache.poi.ss.usermodel.Row at = null;
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    org.apache.poi.ss.usermodel.Cell first = row.getCell(0);
                    String text = first == null || first.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
                            ? "" : first.getStringCellValue();
                    settings = text.equals("Soglia minima") ? sheet : settings;
                    at = text.equals(header) ? row : at;
                }
            }
            if (at == null) {
                at = settings.createRow(settings.getLastRowNum() + 1);
                at.createCell(0).setCellValue(header);
            }
            at.createCell(1).setCellValue(value);
            try (java.io.OutputStream out = Files.newOutputStream(planFile)) {
                wb.write(out);
            }
        }
    }

    /** The Nucleo types a % and a note into an objective's row of the summary (POI, as a program that is not peg's writer). */
    static void typeNucleo(Path summary, String objective, double percent) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(summary))) {
            org.apache.poi.ss.usermodel.Sheet ob = wb.getSheet("Obiettivi");
            org.apache.poi.ss.usermodel.Row header = ob.getRow(0);
            int score = -1;
            int note = -1;
            for (org.apache.poi.ss.usermodel.Cell cell : header) {
                score = cell.getStringCellValue().equals("Valutazione Nucleo %") ? cell.getColumnIndex() : score;
                note = cell.getStringCellValue().equals("Note Nucleo") ? cell.getColumnIndex() : note;
            }
            for (org.apache.poi.ss.usermodel.Row row : ob) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(objective)) {
                    row.getCell(score).setCellValue(percent);
                    row.getCell(note).setCellValue("rivisto \"a vista\"\nseconda riga ");
                }
            }
            try (java.io.OutputStream out = Files.newOutputStream(summary)) {
                wb.write(out);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void outputsAlteredSinceTheLastNightAreNotCopiedFrom() throws Exception {
        Cycle c = firstNight();
        Path work = c.work();
        MergeRequest request = c.request();
        byte[] summary = Files.readAllBytes(work.resolve(MergeJob.SUMMARY));
        byte[] csv = Files.readAllBytes(work.resolve(MergeJob.CSV));
        // someone edits both outputs in place, keeping their length: the CSV's middle, the summary's last bytes of
        // the Indicatori rows' deflate data (found through the index the night kept)
        NightState state = NightState.read(work, "test").orElseThrow();
        byte[] alteredCsv = csv.clone();
        alteredCsv[csv.length / 2] ^= 0x20;
        Files.write(work.resolve(MergeJob.CSV), alteredCsv);
        it.peg.io.SegmentIndex indicatori = state.summaryRows().stream()
                .filter(i -> i.part().equals("xl/worksheets/sheet4.xml")).findFirst().orElseThrow();
        it.peg.io.Segment lastRows = indicatori.segments().get(indicatori.segments().size() - 2);
        byte[] alteredSummary = summary.clone();
        int at = dataOffset(summary, indicatori.part()) + (int) lastRows.offset() + 3;
        alteredSummary[at] ^= 0x01;
        Files.write(work.resolve(MergeJob.SUMMARY), alteredSummary);

        // the night takes the figures the first kept and scores only the services whose rows it renders: the altered
        // bytes are found as the writers copy (a segment failing its CRC), so they render a run of a service not
        // scored, stop, and the night combines every service and writes the outputs again (CombineStep.write)
        List<String> logged = DemoNights.logged(() -> DemoNights.night(request, 1), DeflatedSegments.class,
                PlainSegments.class, CombineStep.class);
        int again = logged.indexOf(logged.stream().filter(l -> l.startsWith("the outputs need a service this night did "
                + "not score")).findFirst().orElseThrow(() -> new AssertionError(logged.toString())));
        List<String> copied = logged.subList(again + 1, logged.size());
        assertEquals(8, copied.size(), copied.toString());
        assertArrayEquals(summary, Files.readAllBytes(work.resolve(MergeJob.SUMMARY)), "the summary is put right");
        assertArrayEquals(csv, Files.readAllBytes(work.resolve(MergeJob.CSV)), "the CSV is put right");
    }

    /**
     * The outputs' runs and the Schede's sheets keyed by their services' inputs (the service's files, the Nucleo's
     * overrides, the plan, the verifica; not the day of the run): a night where the Nucleo has typed into the summary
     * and an office sent a second file under another name (its first superseded, a duplicate's warnings inserted in
     * Anomalie, a row in Registro), then a night two days later at the same verifica with another file re-sent, each
     * writes the summary, the CSV and the Schede a full render of the same inputs writes.
     */
    @Test
    void nightsWithTheNucleosTypingASecondFileAndAnotherDayWriteWhatAFullRenderWrites() throws Exception {
        Cycle c = firstNight();
        Path work = c.work();
        typeNucleo(work.resolve(MergeJob.SUMMARY), c.plan().objectives().get(4).code(), 0.7);
        Path other = tmp.resolve("altro");
        Files.createDirectories(other);
        DemoNights.fill(c.plan(), c.verifica(), other, 2, 77L);
        try (var made = Files.list(other)) {
            Path file = made.findFirst().orElseThrow();
            Files.move(file, c.request().inbox().resolve("seconda " + file.getFileName()));
        }
        // the summary typed into by another program is not the file last night wrote: its rows are rendered, the CSV
        // and the Schede copied from
        assertTrue(DemoNights.night(c.request(), 1).summaryChanged());
        assertSameAsAFullRender(work, c.request(), 2);

        java.time.LocalDate later = c.verifica().date().plusDays(2);
        assertEquals(c.verifica(), c.plan().settings().verificaAt(later));
        MergeRequest laterRequest = new MergeRequest(c.request().planFile(), c.request().inbox(), work,
                Optional.of(later));
        DemoNights.fill(c.plan(), c.verifica(), c.request().inbox(), 0, 55L);
        List<String> copied = copiedLines(() -> assertTrue(DemoNights.night(laterRequest, 3).summaryChanged()));
        assertEquals(8, copied.size(), copied.toString());
        assertSameAsAFullRender(work, laterRequest, 4);
    }

    /** The night state deleted, a night of the same inputs renders every output in full: none is replaced. */
    private static void assertSameAsAFullRender(Path work, MergeRequest request, int day) throws IOException {
        List<Path> outputs = List.of(work.resolve(MergeJob.SUMMARY), work.resolve(MergeJob.CSV),
                work.resolve(MergeJob.FORMS));
        List<byte[]> before = new java.util.ArrayList<>();
        for (Path p : outputs) {
            before.add(Files.readAllBytes(p));
        }
        Files.delete(work.resolve(AssessmentCache.DIR).resolve(NightState.FILE_NAME));
        assertEquals(List.of(), copiedLines(() -> {
            MergeReport full = DemoNights.night(request, day);
            assertFalse(full.summaryChanged(), "the full render gave another summary");
            assertFalse(full.csvChanged(), "the full render gave another CSV");
        }));
        for (int i = 0; i < outputs.size(); i++) {
            assertArrayEquals(before.get(i), Files.readAllBytes(outputs.get(i)), outputs.get(i) + " differs from a full render");
        }
    }

    @Test
    void theNucleosWorkIsKnownFromTheSummaryTheNightWroteAsReadingItWouldGive() throws Exception {
        Cycle c = firstNight();
        Path work = c.work();
        MergeRequest request = c.request();
        Path summary = work.resolve(MergeJob.SUMMARY);
        // the Nucleo types a % and a note into an objective's row (POI, as a program that is not peg's writer)
        String objective = c.plan().objectives().get(1).code();
        typeNucleo(summary, objective, 0.855);
        // read from the typed file, then known from what the night wrote (an entry for the new summary's bytes)
        assertEquals(List.of(), cacheHits(() -> assertTrue(DemoNights.night(request, 1).summaryChanged())));
        assertTrue(Files.isRegularFile(work.resolve(AssessmentCache.DIR).resolve("nucleo-" + it.peg.io.OutputDigest.ofFile(summary) + ".bin")));

        DemoNights.fill(c.plan(), c.verifica(), request.inbox(), 2, 99L);
        List<String> hits = cacheHits(() -> assertTrue(DemoNights.night(request, 2).summaryChanged()));
        assertEquals(1, hits.stream().filter(l -> l.contains(MergeJob.SUMMARY)).count(), hits.toString());
        byte[] known = Files.readAllBytes(summary);

        // the same night with every cache and state gone reads the summary back: the same bytes, nothing replaced
        try (var entries = Files.list(work.resolve(AssessmentCache.DIR))) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith("nucleo-")).toList()) {
                Files.delete(p);
            }
        }
        Files.delete(work.resolve(AssessmentCache.DIR).resolve(NightState.FILE_NAME));
        assertEquals(List.of(), cacheHits(() -> assertFalse(DemoNights.night(request, 3).summaryChanged(),
                "reading the summary back gave other Nucleo values than those known from writing it")));
        assertArrayEquals(known, Files.readAllBytes(summary));
        it.peg.summary.NucleoReadResult read = it.peg.summary.NucleoColumnsReader.read(summary);
        assertEquals(0, new java.math.BigDecimal("0.855").compareTo(read.overrides().get(objective).score().orElseThrow()));
        assertEquals("rivisto \"a vista\"\nseconda riga", read.overrides().get(objective).note());
        assertEquals(1, read.overrides().size(), read.overrides().toString());
    }

    /** The Nucleo columns taken from the cache while {@code night} runs (the cache's log lines that say so). */
    private static List<String> cacheHits(DemoNights.Night night) throws IOException {
        return DemoNights.logged(night, ParsedFileCache.class).stream()
                .filter(m -> m.contains("read from the cache") && m.contains(MergeJob.SUMMARY)).toList();
    }

    /** Where an entry's data starts in a zip: after its local header, name and extra field. */
    private static int dataOffset(byte[] zip, String entry) throws IOException {
        try (org.apache.commons.compress.archivers.zip.ZipFile z = org.apache.commons.compress.archivers.zip.ZipFile
                .builder().setByteArray(zip).get()) {
            return (int) z.getEntry(entry).getDataOffset();
        }
    }
}
