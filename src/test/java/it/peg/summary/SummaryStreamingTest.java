package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.domain.Finding;
import it.peg.domain.Severity;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rows the summary streams as XML into its package: read back by POI as they were meant. */
class SummaryStreamingTest {
    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"([^\"]*)\"/>");

    private static byte[] bytes(ConsolidationResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryWorkbookWriter.write(result, out);
        return out.toByteArray();
    }

    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void everySheetStatesTheRangeItsRowsUse() throws IOException {
        byte[] xlsx = SummaryTestSupport.fixtureBytes();
        Map<String, String> parts = parts(xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet sheet = wb.getSheetAt(i);
                int lastCol = 0;
                for (Row row : sheet) {
                    lastCol = Math.max(lastCol, row.getLastCellNum() - 1);
                }
                String expected = new CellRangeAddress(0, sheet.getLastRowNum(), 0, lastCol).formatAsString();
                Matcher m = DIMENSION.matcher(parts.get("xl/worksheets/sheet" + (i + 1) + ".xml"));
                assertTrue(m.find(), sheet.getSheetName());
                assertEquals(expected, m.group(1), sheet.getSheetName());
            }
        }
    }

    @Test
    void textsAreReadBackAsTheyWereWritten() throws IOException {
        ConsolidationResult r = SummaryFixture.result();
        String message = "Valore <12> & \"13\"\nseconda riga\r\ncon tab\t, emoji \uD83D\uDE00, città";
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.add(new Finding(Severity.AVVISO, "PROVA", " spazio davanti.xlsx", "Indicatori", "A1", "S01",
                "=SOMMA(A1)", "ctrl\u0001", message));
        ConsolidationResult withText = new ConsolidationResult(r.plan(), r.scores(), r.submissions(), r.deliveries(),
                r.registry(), findings);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(withText)))) {
            Sheet s = wb.getSheet(SummaryWorkbookWriter.ANOMALIE);
            Row last = s.getRow(s.getLastRowNum());
            assertEquals(message, last.getCell(8).getStringCellValue());
            assertEquals(" spazio davanti.xlsx", last.getCell(2).getStringCellValue());
            assertEquals("=SOMMA(A1)", last.getCell(6).getStringCellValue());
            assertEquals("ctrl?", last.getCell(7).getStringCellValue());
        }
    }

    @Test
    void indicatoriHasARowPerIndicatorAndVerifica() throws IOException {
        ConsolidationResult r = SummaryFixture.result();
        try (XSSFWorkbook wb = SummaryTestSupport.fixtureWorkbook()) {
            Sheet s = wb.getSheet(SummaryWorkbookWriter.INDICATORI);
            assertEquals(IndicatorRows.count(r), s.getLastRowNum());
            assertEquals(IndicatorRows.of(r).size(), IndicatorRows.count(r));
            assertEquals(IndicatorRows.of(r).get(IndicatorRows.count(r) - 1).indicatorCode(),
                    s.getRow(s.getLastRowNum()).getCell(2).getStringCellValue());
        }
    }
}
