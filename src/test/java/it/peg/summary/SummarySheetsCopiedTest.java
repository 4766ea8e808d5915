package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.FileRecord;
import it.peg.consolidate.FileStatus;
import it.peg.domain.Finding;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import it.peg.io.SegmentIndex;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.xlsx.DeflatedSegments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every row sheet of the summary copies its unchanged runs of rows from last night's summary (issue 21), and the file
 * is always the one a full render of tonight's result writes, byte for byte: when nothing changed, when a service's
 * rows change (a file re-sent: its registry row, the time a message names), when the plan changes, when the verifica
 * moves on, and when last night's file was altered since (its runs are rendered instead).
 */
class SummarySheetsCopiedTest {
    private static final List<String> ROW_PARTS = List.of("xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
            "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml",
            "xl/worksheets/sheet7.xml", "xl/worksheets/sheet8.xml");

    @TempDir
    Path tmp;

    /** 40 services with nothing delivered, 70 files in the registry and 50 findings: several runs in every sheet. */
    static ConsolidationResult base() {
        ConsolidationResult r = SummaryWriteHarness.planOnly(40);
        return withLists(r, registry(r.plan(), Instant.parse("2024-12-30T21:15:00Z")), findings(r.plan(), "21:15"));
    }

    private static ConsolidationResult withLists(ConsolidationResult r, List<FileRecord> registry,
                                                 List<Finding> findings) {
        return new ConsolidationResult(r.plan(), r.scores(), r.submissions(), r.deliveries(), registry, findings);
    }

    private static List<FileRecord> registry(Plan plan, Instant at) {
        List<FileRecord> files = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            String code = plan.services().get(i % plan.services().size()).code();
            files.add(new FileRecord(code + " scheda " + i + ".xlsx", String.format("%064x", i * 7919L), 17_000 + i,
                    at.plusSeconds(i * 61L), Optional.of(code), i % 9 == 0 ? FileStatus.REJECTED : FileStatus.ACCEPTED,
                    i % 9 == 0 ? "Il file non è una scheda di peg" : ""));
        }
        return files;
    }

    private static List<Finding> findings(Plan plan, String time) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String code = plan.services().get(i % plan.services().size()).code();
            findings.add(Finding.warning("SCHEDA_DUPLICATA", "Per il servizio " + code + " sono arrivate più schede ("
                    + time + ")").withFile(code + " scheda " + i + ".xlsx"));
        }
        return findings;
    }

    private record Written(byte[] bytes, List<SegmentIndex> indexes, List<String> copied) {
    }

    private Written write(ConsolidationResult result, Optional<Path> earlierFile, List<SegmentIndex> earlier)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        it.peg.LogCapture.Captured<List<SegmentIndex>> written = it.peg.LogCapture.during(
                () -> SummaryWorkbookWriter.write(result, out, earlierFile, earlier, Optional.of(tmp)),
                DeflatedSegments.class);
        return new Written(out.toByteArray(), written.value(), written.messages());
    }

    /** Last night's summary of {@code before} on disk, tonight's of {@code tonight} copied from it and in full. */
    private Written[] lastNightThenTonight(ConsolidationResult before, ConsolidationResult tonight,
                                           UnaryOperator<byte[]> alter) throws IOException {
        Written last = write(before, Optional.empty(), List.of());
        Path file = tmp.resolve("riepilogo.xlsx");
        Files.write(file, alter.apply(last.bytes()));
        Written copied = write(tonight, Optional.of(file), last.indexes());
        Written full = write(tonight, Optional.empty(), List.of());
        assertArrayEquals(full.bytes(), copied.bytes(), "a summary copied from last night's is not the full render");
        assertEquals(full.indexes(), copied.indexes());
        assertEquals(List.of(), full.copied());
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(file), left.toList(), "the temporary data in the scratch folder is removed");
        }
        return new Written[] {last, copied, full};
    }

    /** Part to "copied of all" as the writer logged it. */
    private static Map<String, String> copiedOf(Written w) {
        Map<String, String> parts = new java.util.TreeMap<>();
        for (String line : w.copied()) {
            String[] p = line.split(": | segments copied");
            parts.put(p[0], p[1]);
        }
        return parts;
    }

    private static String all(Written w, String part, int rendered) {
        SegmentIndex index = w.indexes().stream().filter(i -> i.part().equals(part)).findFirst().orElseThrow();
        int runs = index.segments().size() - 3; // the part's head and tail and the heading row are always rendered
        return (runs - rendered) + " of " + index.segments().size();
    }

    @Test
    void aNightWithNothingChangedCopiesEveryRunOfEveryRowSheet() throws IOException {
        ConsolidationResult r = base();
        Written[] w = lastNightThenTonight(r, r, b -> b);
        assertEquals(ROW_PARTS, w[0].indexes().stream().map(SegmentIndex::part).toList());
        Map<String, String> copied = copiedOf(w[1]);
        assertEquals(ROW_PARTS, List.copyOf(copied.keySet()));
        for (String part : ROW_PARTS) {
            assertEquals(all(w[1], part, 0), copied.get(part), part);
        }
    }

    @Test
    void aFileReSentChangesItsRegistryRowAndTheMessageNamingItsTimeOnly() throws IOException {
        ConsolidationResult before = base();
        List<FileRecord> registry = new ArrayList<>(before.registry());
        FileRecord f = registry.get(33);
        registry.set(33, new FileRecord(f.fileName(), "f".repeat(64), f.size() + 1, f.received().plusSeconds(86_400),
                f.serviceCode(), f.status(), f.reason()));
        List<Finding> findings = new ArrayList<>(before.findings());
        findings.set(20, findings(before.plan(), "21:16").get(20)); // the same message but for the time it names
        Written[] w = lastNightThenTonight(before, withLists(before, registry, findings), b -> b);
        Map<String, String> copied = copiedOf(w[1]);
        assertEquals(all(w[1], "xl/worksheets/sheet8.xml", 1), copied.get("xl/worksheets/sheet8.xml"));
        assertEquals(all(w[1], "xl/worksheets/sheet7.xml", 1), copied.get("xl/worksheets/sheet7.xml"));
        // Servizi (its delivery's received time shows), Obiettivi and Fasi are keyed by their services' inputs: the
        // re-sent file's service's runs are made again, the others copied
        assertEquals(all(w[1], "xl/worksheets/sheet2.xml", 1), copied.get("xl/worksheets/sheet2.xml"));
        assertEquals(all(w[1], "xl/worksheets/sheet3.xml", 1), copied.get("xl/worksheets/sheet3.xml"));
    }

    @Test
    void aPlanChangeRendersTheRunsItShows() throws IOException {
        ConsolidationResult before = base();
        Plan p = before.plan();
        List<Objective> objectives = new ArrayList<>(p.objectives());
        Objective o = objectives.get(37);
        objectives.set(37, new Objective(o.code(), o.serviceCode(), o.title() + " (rivisto)", o.description(),
                o.type(), o.linkedTo(), o.missionProgram(), o.weight(), o.start(), o.startText(), o.end(), o.endText(),
                o.multiYear(), o.humanResources(), o.financialResources(), o.revenue(), o.expense(),
                o.otherServices(), o.responsible(), o.aggregation(), o.row()));
        Plan plan = new Plan(p.settings(), p.services(), objectives, p.indicators(), p.phases(), p.dataYears(),
                p.dataRows());
        Verifica v = plan.settings().finalVerifica();
        ConsolidationResult tonight = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), v)
                .combine(plan, v, List.of(), Map.of());
        Written[] w = lastNightThenTonight(before, withLists(tonight, before.registry(), before.findings()), b -> b);
        assertEquals(all(w[1], "xl/worksheets/sheet3.xml", 1), copiedOf(w[1]).get("xl/worksheets/sheet3.xml"));
    }

    /** The result of {@code plan} at the base's verifica, with the Nucleo's {@code overrides}, and the base's lists. */
    private static ConsolidationResult combined(ConsolidationResult base, Plan plan,
                                                Map<String, it.peg.scoring.NucleoOverride> overrides) {
        Verifica v = base.scores().verifica();
        ConsolidationResult r = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), v)
                .combine(plan, v, List.of(), overrides);
        return withLists(r, base.registry(), base.findings());
    }

    @Test
    void theNucleoTypingIntoTheSummaryRendersTheRowsOfItsObjectivesService() throws IOException {
        ConsolidationResult before = base();
        Objective o = before.plan().objectives().get(37);
        ConsolidationResult tonight = combined(before, before.plan(), Map.of(o.code(),
                new it.peg.scoring.NucleoOverride(o.code(), Optional.of(new java.math.BigDecimal("0.85")),
                        "Rivisto dal Nucleo")));
        Written[] w = lastNightThenTonight(before, tonight, b -> b);
        // the run of its objectives (Obiettivi, Fasi) and of its service (Servizi): the rest copied
        assertEquals(all(w[1], "xl/worksheets/sheet3.xml", 1), copiedOf(w[1]).get("xl/worksheets/sheet3.xml"));
        assertEquals(all(w[1], "xl/worksheets/sheet2.xml", 1), copiedOf(w[1]).get("xl/worksheets/sheet2.xml"));
        // and its note changed alone, the score kept
        ConsolidationResult noted = combined(before, before.plan(), Map.of(o.code(),
                new it.peg.scoring.NucleoOverride(o.code(), Optional.of(new java.math.BigDecimal("0.85")),
                        "Rivisto dal Nucleo il 2 gennaio")));
        Written[] again = lastNightThenTonight(tonight, noted, b -> b);
        assertEquals(all(again[1], "xl/worksheets/sheet3.xml", 1), copiedOf(again[1]).get("xl/worksheets/sheet3.xml"));
    }

    @Test
    void thePlansRuleForMissingValuesChangedRendersEveryServicesRows() throws IOException {
        ConsolidationResult before = base();
        Plan p = before.plan();
        it.peg.domain.Settings s = p.settings();
        it.peg.domain.MissingValues other = s.missingValues() == it.peg.domain.MissingValues.ZERO
                ? it.peg.domain.MissingValues.NOT_VALUED : it.peg.domain.MissingValues.ZERO;
        Plan plan = new Plan(new it.peg.domain.Settings(s.ente(), s.year(), s.verifiche(), s.minimumThreshold(),
                s.cap(), s.deadlineToleranceDays(), s.bands(), s.logo(), other, s.template()), p.services(),
                p.objectives(), p.indicators(), p.phases(), p.dataYears(), p.dataRows());
        Written[] w = lastNightThenTonight(before, combined(before, plan, Map.of()), b -> b);
        // not in the services' fingerprints, in their inputs' keys: nothing of Servizi, Obiettivi, Fasi is copied
        for (String part : List.of("xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet6.xml")) {
            String copied = copiedOf(w[1]).get(part);
            assertEquals("0", copied == null ? "0" : copied.split(" ")[0], part);
        }
    }

    @Test
    void aPhaseAddedToTheFirstObjectiveShiftsTheLaterPhasesRows() throws IOException {
        ConsolidationResult before = base();
        Plan p = before.plan();
        List<it.peg.domain.Phase> phases = new ArrayList<>(p.phases());
        it.peg.domain.Phase first = phases.stream()
                .filter(ph -> ph.objectiveCode().equals(p.objectives().get(0).code())).findFirst().orElseThrow();
        phases.add(phases.indexOf(first) + 1, new it.peg.domain.Phase(first.objectiveCode(), first.phase() + "b",
                "Fase aggiunta", first.months(), first.monthsText(), first.row()));
        Plan plan = new Plan(p.settings(), p.services(), p.objectives(), p.indicators(), phases, p.dataYears(),
                p.dataRows());
        lastNightThenTonight(before, combined(before, plan, Map.of()), b -> b);
    }

    @Test
    void aDataRowsHistoryChangedInThePlanRendersItsRunAndAYearMoreAddsAColumnToEveryRow() throws IOException {
        ConsolidationResult before = base();
        Plan p = before.plan();
        List<it.peg.domain.DataRow> rows = new ArrayList<>(p.dataRows());
        it.peg.domain.DataRow d = rows.get(5);
        java.util.SortedMap<Integer, java.math.BigDecimal> values = new java.util.TreeMap<>(d.values());
        values.put(values.firstKey(), values.get(values.firstKey()).multiply(java.math.BigDecimal.TEN));
        rows.set(5, new it.peg.domain.DataRow(d.code(), d.serviceCode(), d.description(), values, d.row()));
        Plan plan = new Plan(p.settings(), p.services(), p.objectives(), p.indicators(), p.phases(), p.dataYears(),
                rows);
        Written[] w = lastNightThenTonight(before, combined(before, plan, Map.of()), b -> b);
        assertEquals(all(w[1], "xl/worksheets/sheet5.xml", 1), copiedOf(w[1]).get("xl/worksheets/sheet5.xml"));
        // a year more in the plan's history: every row has its column, none is copied
        java.util.List<Integer> years = new ArrayList<>(p.dataYears());
        years.add(0, years.get(0) - 1);
        Plan longer = new Plan(p.settings(), p.services(), p.objectives(), p.indicators(), p.phases(), years,
                p.dataRows());
        Written[] again = lastNightThenTonight(before, combined(before, longer, Map.of()), b -> b);
        String copied = copiedOf(again[1]).get("xl/worksheets/sheet5.xml");
        assertEquals("0", copied == null ? "0" : copied.split(" ")[0]);
    }

    @Test
    void aServicesSecondFileSupersedesItsFirst() throws IOException {
        ConsolidationResult before = base();
        List<FileRecord> registry = new ArrayList<>(before.registry());
        FileRecord f = registry.get(12);
        registry.set(12, new FileRecord(f.fileName(), f.sha256(), f.size(), f.received(), f.serviceCode(),
                FileStatus.SUPERSEDED, "Per il servizio " + f.serviceCode().orElseThrow() + " conta il file più recente"));
        registry.add(new FileRecord(f.fileName().replace(".xlsx", " bis.xlsx"), "a".repeat(64), f.size(),
                f.received().plusSeconds(3_600), f.serviceCode(), FileStatus.ACCEPTED, ""));
        Written[] w = lastNightThenTonight(before, withLists(before, registry, before.findings()), b -> b);
        assertEquals(all(w[1], "xl/worksheets/sheet3.xml", 1), copiedOf(w[1]).get("xl/worksheets/sheet3.xml"));
    }

    @Test
    void anotherVerificaGivesTheFullRenderOfThatVerifica() throws IOException {
        ConsolidationResult before = base();
        Plan plan = before.plan();
        Verifica first = plan.settings().verifiche().get(0);
        ConsolidationResult tonight = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), first)
                .combine(plan, first, List.of(), Map.of());
        lastNightThenTonight(before, withLists(tonight, before.registry(), before.findings()), b -> b);
    }

    @Test
    void aRunAlteredInLastNightsFileIsRenderedNotCopied() throws IOException {
        ConsolidationResult r = base();
        Written last = write(r, Optional.empty(), List.of());
        SegmentIndex obiettivi = last.indexes().get(1);
        it.peg.io.Segment run = obiettivi.segments().get(2); // the first run of objectives
        int at = dataOffset(last.bytes(), obiettivi.part()) + (int) run.offset() + 5;
        Written[] w = lastNightThenTonight(r, r, b -> {
            byte[] altered = b.clone();
            altered[at] ^= 0x01;
            return altered;
        });
        assertEquals(all(w[1], "xl/worksheets/sheet3.xml", 1), copiedOf(w[1]).get("xl/worksheets/sheet3.xml"));
        assertEquals(all(w[1], "xl/worksheets/sheet2.xml", 0), copiedOf(w[1]).get("xl/worksheets/sheet2.xml"));
    }

    @Test
    void lastNightsFileReplacedByAnotherSummaryGivesTheFullRender() throws IOException {
        ConsolidationResult r = base();
        Written[] w = lastNightThenTonight(r, r, b -> {
            try {
                return write(SummaryWriteHarness.planOnly(41), Optional.empty(), List.of()).bytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // only a part whose entry is still the one indexed (same CRC and size: here Dati and Fasi, the same rows for
        // 40 and 41 services) is copied from, and only runs whose bytes have their CRC
        assertEquals(List.of("xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml"),
                List.copyOf(copiedOf(w[1]).keySet()));
    }

    @Test
    void lastNightsFileReplacedByOneThatIsNoZipIsNotCopiedFrom() throws IOException {
        ConsolidationResult r = base();
        Written[] w = lastNightThenTonight(r, r, b -> "not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of(), w[1].copied());
    }

    /** Where an entry's data starts in a zip: after its local header, name and extra field. */
    private static int dataOffset(byte[] zip, String entry) throws IOException {
        try (org.apache.commons.compress.archivers.zip.ZipFile z = org.apache.commons.compress.archivers.zip.ZipFile
                .builder().setByteArray(zip).get()) {
            return (int) z.getEntry(entry).getDataOffset();
        }
    }
}
