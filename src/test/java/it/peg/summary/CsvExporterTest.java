package it.peg.summary;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvExporterTest {
    private static final String GOLDEN = "indicatori.csv";

    static String csv() throws IOException {
        StringWriter w = new StringWriter();
        CsvExporter.write(SummaryFixture.result(), w);
        return w.toString();
    }

    @Test
    void scoresListedInAnotherOrderThanThePlansGiveTheSameRows() throws IOException {
        it.peg.consolidate.ConsolidationResult r = SummaryFixture.result();
        java.util.List<it.peg.scoring.IndicatorScore> reversed = new java.util.ArrayList<>(r.scores().indicators());
        java.util.Collections.reverse(reversed);
        it.peg.scoring.ScoreReport s = r.scores();
        it.peg.consolidate.ConsolidationResult shuffled = new it.peg.consolidate.ConsolidationResult(r.plan(),
                new it.peg.scoring.ScoreReport(s.verifica(), reversed, s.objectives(), s.services(), s.overall(),
                        s.overallEsito(), s.distribution(), s.dataTrends()),
                r.submissions(), r.deliveries(), r.registry(), r.findings());
        StringWriter w = new StringWriter();
        CsvExporter.write(shuffled, w);
        assertEquals(csv(), w.toString());
    }

    @Test
    void theCsvWrittenInSegmentsIsTheCsvWrittenAsText() throws IOException {
        for (it.peg.consolidate.ConsolidationResult r : List.of(SummaryFixture.result(), SummaryWriteHarness.planOnly(300),
                SummaryFixture.emptyListsResult())) {
            StringWriter text = new StringWriter();
            CsvExporter.write(r, text);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            it.peg.io.SegmentIndex index = CsvExporter.write(r, bytes, java.util.Optional.empty());
            assertEquals(text.toString(), bytes.toString(StandardCharsets.UTF_8));
            assertEquals(bytes.size(), index.length());
            // a header, then one segment per run of a service's indicators
            assertEquals(1 + r.plan().services().stream().filter(s -> !r.plan().objectivesOf(s.code()).isEmpty()
                    && r.plan().objectivesOf(s.code()).stream().anyMatch(o -> !r.plan().indicatorsOf(o.code()).isEmpty()))
                    .count(), index.segments().size());
        }
    }

    @Test
    void aLargeExportIsWholeAcrossItsBlocks() throws IOException {
        // a plan of 300 services gives thousands of rows, many blocks of the exporter's buffer
        it.peg.consolidate.ConsolidationResult large = SummaryWriteHarness.planOnly(300);
        StringWriter expected = new StringWriter();
        org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(expected,
                CSVFormat.RFC4180.builder().setHeader(CsvExporter.HEADERS.toArray(String[]::new)).get());
        for (IndicatorRow row : IndicatorRows.of(large)) {
            printer.printRecord(CsvExporter.record(row));
        }
        printer.flush();
        StringWriter actual = new StringWriter();
        CsvExporter.write(large, actual);
        assertTrue(actual.toString().length() > 4 * 65_536, "several blocks: " + actual.toString().length());
        assertEquals(expected.toString(), actual.toString());
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        String actual = csv();
        Path written = Path.of("target", "csv-actual.csv");
        Files.createDirectories(written.getParent());
        Files.writeString(written, actual, StandardCharsets.UTF_8);
        try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
            assertNotNull(in, "golden file missing: compare target/csv-actual.csv and copy it if right");
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual,
                    "CSV changed: diff target/csv-actual.csv against src/test/resources/it/peg/summary/" + GOLDEN);
        }
    }

    @Test
    void hasTheContractHeadersAndFractionsWithADecimalPoint() throws IOException {
        List<CSVRecord> records = parse(csv());
        assertEquals(16, records.size());
        CSVRecord i4 = records.stream().filter(r -> r.get("indicatore").equals("I4")
                && r.get("verifica").equals("2018-09-30")).findFirst().orElseThrow();
        assertEquals("S01", i4.get("servizio"));
        assertEquals("OB2", i4.get("obiettivo"));
        assertEquals("0.45", i4.get("valore"));
        assertEquals("0.9", i4.get("raggiungimento"));
        assertEquals("Raggiunto", i4.get("esito"));
        CSVRecord i8 = records.stream().filter(r -> r.get("indicatore").equals("I8")
                && r.get("verifica").equals("2018-09-30")).findFirst().orElseThrow();
        assertEquals("", i8.get("raggiungimento"));
        assertEquals("", i8.get("esito"));
        CSVRecord i2 = records.stream().filter(r -> r.get("indicatore").equals("I2")
                && r.get("verifica").equals("2018-09-30")).findFirst().orElseThrow();
        assertEquals("1300", i2.get("numeratore"));
        assertEquals("3", i2.get("denominatore"));
    }

    @Test
    void officeTextCannotBecomeAFormulaInASpreadsheet() throws IOException {
        List<CSVRecord> records = parse(csv());
        for (CSVRecord r : records) {
            for (String v : r) {
                assertTrue(v.isEmpty() || "=+@\t\r".indexOf(v.charAt(0)) < 0
                        || v.charAt(0) == '-' && v.matches("-\\d.*"), v);
            }
        }
        assertTrue(records.stream().anyMatch(r -> r.get("causa").equals("'" + SummaryFixture.FORMULA_CAUSE)));
        assertTrue(records.stream().anyMatch(r -> r.get("causa").equals("'" + SummaryFixture.AT_CAUSE)));
        assertTrue(records.stream().anyMatch(r -> r.get("causa").equals("'" + SummaryFixture.MINUS_VALUE)));
        assertEquals("'\tx", CsvExporter.safe("\tx"));
        assertEquals("'\rx", CsvExporter.safe("\rx"));
        assertEquals("x=1", CsvExporter.safe("x=1"));
    }

    @Test
    void negativeNumbersAreNotTakenForFormulas() {
        assertEquals("-7", CsvExporter.number(java.util.Optional.of(new java.math.BigDecimal("-7.00"))));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertEquals(CsvExporter.HEADERS, p.getHeaderNames());
            return p.getRecords();
        }
    }
}
