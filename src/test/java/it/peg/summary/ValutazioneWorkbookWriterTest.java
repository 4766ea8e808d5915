package it.peg.summary;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Scheda per la valutazione of the summary fixture: contents per service, the Nucleo's override, bytes. */
class ValutazioneWorkbookWriterTest {
    @Test
    void oneFormPerServiceWithWeightsPercentagesTheNucleosOverrideAndTotal() {
        List<ValutazioneForm> forms = ValutazioneForm.of(SummaryFixture.result());
        assertEquals(List.of("S01", "S02", "S03", "S04"), forms.stream().map(ValutazioneForm::serviceCode).toList());
        ValutazioneForm s01 = forms.get(0);
        assertEquals("Dott.ssa Anna Rossi", s01.responsible());
        assertEquals(2, s01.rows().size());
        ValutazioneForm.Row ob1 = s01.rows().get(0);
        assertEquals("OB1 - Riduzione dei tempi di pagamento", ob1.objective());
        assertEquals(Optional.of(new BigDecimal("0.6")), ob1.weight());
        assertEquals(Optional.of(new BigDecimal("1")), ob1.computed());
        assertFalse(ob1.overridden());
        ValutazioneForm.Row ob2 = s01.rows().get(1);
        assertEquals(Optional.of(new BigDecimal("0.9")), ob2.computed());
        assertEquals(Optional.of(new BigDecimal("0.85")), ob2.nucleo(), "the Nucleo's percentage, beside the computed");
        assertTrue(ob2.overridden());
        assertEquals(SummaryFixture.NUCLEO_NOTE, ob2.nucleoNote());
        assertEquals(Optional.of(new BigDecimal("1.0")), s01.totalWeight());
        assertEquals(Optional.of(new BigDecimal("0.94")), s01.total(), "the service's score: 0,6 x 1 + 0,4 x 0,85");
        assertEquals(Optional.empty(), forms.get(2).total(), "nothing scored, no TOTALE");
    }

    @Test
    void sameResultSameBytesAndASheetPerService() throws Exception {
        byte[] first = ValutazioneWorkbookWriter.bytes(SummaryFixture.result());
        assertArrayEquals(first, ValutazioneWorkbookWriter.bytes(SummaryFixture.result()));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(first))) {
            assertEquals(4, wb.getNumberOfSheets());
            Sheet s01 = wb.getSheet("S01");
            DataFormatter f = new DataFormatter(Locale.ITALY);
            assertEquals("SCHEDA PER LA VALUTAZIONE", f.formatCellValue(s01.getRow(0).getCell(0)));
            Cell nucleo = s01.getRow(ValutazioneWorkbookWriter.FIRST_OBJECTIVE_ROW + 1).getCell(3);
            assertEquals("85,0%", f.formatCellValue(nucleo));
            assertEquals("94,0%", f.formatCellValue(s01.getRow(ValutazioneWorkbookWriter.FIRST_OBJECTIVE_ROW + 2)
                    .getCell(2)));
            assertFalse(s01.getPrintSetup().getLandscape());
            assertEquals(1, s01.getPrintSetup().getFitWidth());
            assertEquals(0, s01.getPrintSetup().getFitHeight(), "never shrunk to one page");
            assertEquals("6:7", s01.getRepeatingRows().formatAsString());
        }
    }

    @Test
    void theFormsGoBesideTheSummaryNamedAfterIt() {
        java.nio.file.Path dir = java.nio.file.Path.of("/tmp/peg");
        assertEquals(dir.resolve("schede-valutazione.xlsx"), ValutazioneWorkbookWriter.besides(dir.resolve("riepilogo.xlsx")));
        assertEquals(dir.resolve("schede-valutazione-0630.xlsx"),
                ValutazioneWorkbookWriter.besides(dir.resolve("riepilogo-0630.xlsx")));
        assertEquals(dir.resolve("schede-valutazione.xlsx"), ValutazioneWorkbookWriter.besides(dir.resolve("sintesi.xlsx")));
    }

    @Test
    void sheetNamesAreWhatExcelAccepts() {
        Set<String> taken = new HashSet<>();
        assertEquals("A_B", ValutazioneWorkbookWriter.sheetName("A/B", taken));
        assertEquals("a_b (2)", ValutazioneWorkbookWriter.sheetName("a:b", taken));
        assertEquals(31, ValutazioneWorkbookWriter.sheetName("X".repeat(40), taken).length());
    }

    @Test
    void refusedCharsReplacedAsTheirPatternReplacedThem() {
        String chars = "[]:*?/\\'aZ0 _-.\u00e8\uD83D\uDE00";
        java.util.Random r = new java.util.Random(28);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(12); n > 0; n--) {
                b.append(chars.charAt(r.nextInt(chars.length())));
            }
            String code = b.toString();
            assertEquals(code.replaceAll("[\\[\\]:*?/\\\\']", "_"), ValutazioneWorkbookWriter.withoutRefusedChars(code),
                    code);
        }
    }

    /** The fixture's Schede written with nothing to copy from, kept in {@code dir} with their index. */
    private record Written(it.peg.consolidate.ConsolidationResult result, java.io.ByteArrayOutputStream out,
                           it.peg.io.SegmentIndex index, Optional<it.peg.io.SegmentIndex.Earlier> from) {
        static Written of(java.nio.file.Path dir) throws Exception {
            it.peg.consolidate.ConsolidationResult result = SummaryFixture.result();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            it.peg.io.SegmentIndex index = ValutazioneWorkbookWriter.write(result, out, Optional.empty());
            java.nio.file.Path earlier = java.nio.file.Files.write(dir.resolve("schede-valutazione.xlsx"),
                    out.toByteArray());
            return new Written(result, out, index, Optional.of(new it.peg.io.SegmentIndex.Earlier(earlier, index)));
        }
    }

    /**
     * Written again from its own earlier file, every sheet is copied and the bytes and index are the same; for
     * another ente (printed on every sheet) nothing is copied and the bytes are a full render's.
     */
    @Test
    void sheetsCopiedFromAnEarlierFileGiveTheBytesOfAFullRender(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Written written = Written.of(dir);
        it.peg.consolidate.ConsolidationResult result = written.result();
        java.io.ByteArrayOutputStream out = written.out();
        it.peg.io.SegmentIndex index = written.index();
        Optional<it.peg.io.SegmentIndex.Earlier> from = written.from();
        assertEquals(result.plan().services().size() + 4, index.segments().size(),
                "a sheet each, the three parts that list the sheets and the deflater's mark");

        java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
        assertEquals(index, ValutazioneWorkbookWriter.write(result, again, from));
        assertArrayEquals(out.toByteArray(), again.toByteArray());
        // consolidate's write, which works out no key (nothing to copy, no index kept): the same bytes
        assertArrayEquals(out.toByteArray(), ValutazioneWorkbookWriter.bytes(result));

        it.peg.domain.Plan p = result.plan();
        it.peg.domain.Settings s = p.settings();
        it.peg.domain.Plan renamed = new it.peg.domain.Plan(new it.peg.domain.Settings("Comune di Altrove", s.year(),
                s.verifiche(), s.minimumThreshold(), s.cap(), s.deadlineToleranceDays(), s.bands(), s.logo(),
                s.missingValues(), s.template()), p.services(), p.objectives(), p.indicators(), p.phases(),
                p.dataYears(), p.dataRows());
        it.peg.consolidate.ConsolidationResult other = new it.peg.consolidate.ConsolidationResult(renamed,
                result.scores(), result.submissions(), result.deliveries(), result.registry(), result.findings());
        java.io.ByteArrayOutputStream copied = new java.io.ByteArrayOutputStream();
        it.peg.io.SegmentIndex otherIndex = ValutazioneWorkbookWriter.write(other, copied, from);
        // no sheet copied (each prints the ente); the parts that list the sheets, the same sheets, copied
        assertTrue(otherIndex.segments().stream().skip(1).filter(seg -> !seg.key().startsWith("part/"))
                .noneMatch(seg -> index.byKey().containsKey(seg.key())));
        assertEquals(List.of("part/content-types/4", "part/workbook-rels/4"), otherIndex.segments().stream()
                .map(it.peg.io.Segment::key).filter(k -> k.startsWith("part/") && !k.startsWith("part/workbook/"))
                .toList());
        assertTrue(otherIndex.segments().stream().map(it.peg.io.Segment::key).filter(k -> k.startsWith("part/"))
                .allMatch(k -> index.byKey().containsKey(k)));
        assertArrayEquals(ValutazioneWorkbookWriter.bytes(other), copied.toByteArray());
    }

    /**
     * The parts that list every sheet ([Content_Types].xml, the workbook and its relationships: hundreds of KB at
     * 2,000 services) are copied when what they are made of is the same, made again when a sheet's name or the number
     * of sheets changes; the file is a full render's either way.
     */
    @Test
    void thePartsListingTheSheetsAreCopiedOnlyForTheSameSheets(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Written written = Written.of(dir);
        it.peg.consolidate.ConsolidationResult result = written.result();
        java.io.ByteArrayOutputStream out = written.out();
        it.peg.io.SegmentIndex index = written.index();
        Optional<it.peg.io.SegmentIndex.Earlier> from = written.from();
        java.util.List<String> partKeys = index.segments().stream().map(it.peg.io.Segment::key)
                .filter(k -> k.startsWith("part/")).toList();
        assertEquals(3, partKeys.size(), partKeys.toString());

        // a service renamed: its sheet's name (the code) changes, so the workbook part does; the sheets' count not
        it.peg.domain.Plan p = result.plan();
        it.peg.domain.Service first = p.services().get(0);
        java.util.List<it.peg.domain.Service> services = new java.util.ArrayList<>(p.services());
        String code = first.code() + "B";
        services.set(0, new it.peg.domain.Service(code, first.direction(), first.director(), first.sector(),
                first.sectorResponsible(), first.name(), first.manager(), first.responsible(),
                first.politicalReferent(), first.classification(), first.staff(), first.functions(), first.row()));
        it.peg.domain.Plan renamed = new it.peg.domain.Plan(p.settings(), services, p.objectives(), p.indicators(),
                p.phases(), p.dataYears(), p.dataRows());
        it.peg.consolidate.ConsolidationResult other = new it.peg.consolidate.ConsolidationResult(renamed,
                result.scores(), result.submissions(), result.deliveries(), result.registry(), result.findings());
        java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
        java.util.List<String> keys = ValutazioneWorkbookWriter.write(other, again, from).segments().stream()
                .map(it.peg.io.Segment::key).filter(k -> k.startsWith("part/")).toList();
        assertEquals(partKeys.stream().filter(k -> !k.startsWith("part/workbook/")).toList(),
                keys.stream().filter(k -> !k.startsWith("part/workbook/")).toList());
        assertNotEquals(partKeys.stream().filter(k -> k.startsWith("part/workbook/")).toList(),
                keys.stream().filter(k -> k.startsWith("part/workbook/")).toList());
        assertArrayEquals(ValutazioneWorkbookWriter.bytes(other), again.toByteArray());
    }

    /**
     * Each sheet is keyed by its service's inputs (ServiceInputKeys): the Nucleo typing a note for one objective, or
     * a service's file re-sent, makes that service's sheet again and copies the others; the file is a full render's.
     */
    @Test
    void aServicesSheetIsMadeAgainWhenItsNucleoNoteOrItsFileChangesAndTheOthersAreCopied(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Written written = Written.of(dir);
        it.peg.consolidate.ConsolidationResult result = written.result();
        java.io.ByteArrayOutputStream out = written.out();
        it.peg.io.SegmentIndex index = written.index();
        Optional<it.peg.io.SegmentIndex.Earlier> from = written.from();

        it.peg.scoring.ScoreReport sr = result.scores();
        it.peg.scoring.ObjectiveScore o = sr.objectives().get(0);
        java.util.List<it.peg.scoring.ObjectiveScore> objectives = new java.util.ArrayList<>(sr.objectives());
        objectives.set(0, new it.peg.scoring.ObjectiveScore(o.objectiveCode(), o.verifica(), o.computed(),
                Optional.of(new it.peg.scoring.NucleoOverride(o.objectiveCode(),
                        o.override().flatMap(it.peg.scoring.NucleoOverride::score), "Nota del Nucleo, rivista")),
                o.coverage(), o.weight(), o.reachable(), o.notes(), o.atRisk(), o.esito(), o.phases()));
        it.peg.consolidate.ConsolidationResult noted = new it.peg.consolidate.ConsolidationResult(result.plan(),
                new it.peg.scoring.ScoreReport(sr.verifica(), sr.indicators(), objectives, sr.services(), sr.overall(),
                        sr.overallEsito(), sr.distribution(), sr.dataTrends()),
                result.submissions(), result.deliveries(), result.registry(), result.findings());
        assertOneSheetMadeAgain(index, from, noted);

        java.util.List<it.peg.consolidate.FileRecord> registry = new java.util.ArrayList<>(result.registry());
        it.peg.consolidate.FileRecord f = registry.stream().filter(r -> r.serviceCode().isPresent()).findFirst()
                .orElseThrow();
        registry.set(registry.indexOf(f), new it.peg.consolidate.FileRecord(f.fileName(), "b".repeat(64), f.size(),
                f.received(), f.serviceCode(), f.status(), f.reason()));
        assertOneSheetMadeAgain(index, from, new it.peg.consolidate.ConsolidationResult(result.plan(), result.scores(),
                result.submissions(), result.deliveries(), registry, result.findings()));
    }

    private static void assertOneSheetMadeAgain(it.peg.io.SegmentIndex index,
                                                Optional<it.peg.io.SegmentIndex.Earlier> from,
                                                it.peg.consolidate.ConsolidationResult tonight) throws Exception {
        java.io.ByteArrayOutputStream copied = new java.io.ByteArrayOutputStream();
        it.peg.io.SegmentIndex tonightIndex = ValutazioneWorkbookWriter.write(tonight, copied, from);
        assertArrayEquals(ValutazioneWorkbookWriter.bytes(tonight), copied.toByteArray());
        assertEquals(1, tonightIndex.segments().stream().skip(1)
                .filter(seg -> !index.byKey().containsKey(seg.key())).count());
    }
}
