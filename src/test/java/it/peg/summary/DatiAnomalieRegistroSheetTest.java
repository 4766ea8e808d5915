package it.peg.summary;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static it.peg.summary.SummaryTestSupport.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatiAnomalieRegistroSheetTest {

    @Test
    void datiShowsYearOnYearChangesAndFlagsTheOutlier() throws Exception {
        try (XSSFWorkbook wb = SummaryTestSupport.fixtureWorkbook()) {
            XSSFSheet s = wb.getSheet("Dati");
            assertEquals(2, s.getLastRowNum());
            assertEquals(4300, cell(s, "Codice", "D1", "2018").getNumericCellValue());
            assertEquals(0.05, cell(s, "Codice", "D1", "Var. 2017").getNumericCellValue(), 1e-9);
            assertEquals("", cell(s, "Codice", "D1", "Anomalo").getStringCellValue());
            Cell outlier = cell(s, "Codice", "D2", "2018");
            assertEquals(4800, outlier.getNumericCellValue());
            assertNotEquals(cell(s, "Codice", "D2", "2017").getCellStyle().getFillPattern(),
                    outlier.getCellStyle().getFillPattern());
            assertEquals("SI", cell(s, "Codice", "D2", "Anomalo").getStringCellValue());
            assertTrue(cell(s, "Codice", "D2", "Motivo").getStringCellValue().startsWith("Variazione"));
        }
    }

    @Test
    void anomalieListsEveryFindingInATable() throws Exception {
        try (XSSFWorkbook wb = SummaryTestSupport.fixtureWorkbook()) {
            XSSFSheet s = wb.getSheet("Anomalie");
            assertEquals(3, s.getLastRowNum());
            assertEquals(AnomalieSheet.HEADERS, Arrays.stream(s.getTables().get(0).getCTTable().getTableColumns()
                    .getTableColumnArray()).map(c -> c.getName()).toList());
            assertTrue(s.getTables().get(0).getCTTable().isSetAutoFilter());
            assertEquals("=1+2", cell(s, "Codice", "VALORE_NON_NUMERICO", "Valore").getStringCellValue());
            assertEquals("G5", cell(s, "Codice", "VALORE_NON_NUMERICO", "Cella").getStringCellValue());
            assertEquals("ERRORE", cell(s, "Codice", "VALORE_NON_NUMERICO", "Gravità").getStringCellValue());
        }
    }

    @Test
    void registroListsEveryFileWithHashAndStatus() throws Exception {
        try (XSSFWorkbook wb = SummaryTestSupport.fixtureWorkbook()) {
            XSSFSheet s = wb.getSheet("Registro");
            assertEquals(5, s.getLastRowNum());
            assertEquals("ab".repeat(32), cell(s, "File", SummaryFixture.FILE_S01, "SHA-256").getStringCellValue());
            assertEquals(45210, cell(s, "File", SummaryFixture.FILE_S01, "Dimensione (byte)").getNumericCellValue());
            assertEquals("10/10/2018 09:00", new org.apache.poi.ss.usermodel.DataFormatter()
                    .formatCellValue(cell(s, "File", SummaryFixture.FILE_S01, "Ricevuto il")));
            assertEquals("scartato", cell(s, "File", "+budget.xlsx", "Stato").getStringCellValue());
            assertEquals("superato", cell(s, "File", "S01 - Ragioneria (1).xlsx", "Stato").getStringCellValue());
            assertEquals(1, s.getTables().size());
        }
    }

    @Test
    void everySheetPrintsOnA4WithPageNumbersLandscapeButSintesi() throws Exception {
        try (XSSFWorkbook wb = SummaryTestSupport.fixtureWorkbook()) {
            for (Sheet s : wb) {
                assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize(), s.getSheetName());
                // Sintesi is a portrait page of key figures, then a page of charts (PrintQualityIT)
                assertEquals(!s.getSheetName().equals("Sintesi"), s.getPrintSetup().getLandscape(), s.getSheetName());
                assertTrue(s.getFooter().getCenter().contains("&P"), s.getSheetName());
                if (!s.getSheetName().equals("Sintesi")) {
                    assertEquals("1:1", s.getRepeatingRows().formatAsString().replace("$", ""), s.getSheetName());
                }
            }
        }
    }
}
