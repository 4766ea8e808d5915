package it.peg.summary;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static it.peg.summary.SummaryTestSupport.cell;
import static it.peg.summary.SummaryTestSupport.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiziObiettiviSheetTest {

    @Test
    void serviziHasOneRowPerServiceWithDeliveryAndScore() throws Exception {
        try (XSSFWorkbook wb = SummaryTestSupport.fixtureWorkbook()) {
            XSSFSheet s = wb.getSheet("Servizi");
            assertEquals(4, s.getLastRowNum());
            Cell score = cell(s, "Codice", "S01", "Punteggio");
            assertEquals(0.94, score.getNumericCellValue(), 1e-9);
            assertEquals("0.0%", score.getCellStyle().getDataFormatString());
            assertEquals("Dott.ssa Anna Rossi", cell(s, "Codice", "S01", "Dirigente").getStringCellValue());
            assertEquals("puntuale", cell(s, "Codice", "S01", "Puntualità").getStringCellValue());
            assertEquals("in ritardo", cell(s, "Codice", "S02", "Puntualità").getStringCellValue());
            assertEquals("completa", cell(s, "Codice", "S01", "Stato consegna").getStringCellValue());
            assertEquals(0, cell(s, "Codice", "S01", "Valori mancanti").getNumericCellValue());
            assertEquals("scartata", cell(s, "Codice", "S03", "Stato consegna").getStringCellValue());
            assertEquals("mancante", cell(s, "Codice", "S04", "Stato consegna").getStringCellValue());
            assertEquals(CellType.BLANK, cell(s, "Codice", "S04", "Punteggio").getCellType());
            assertEquals(SummaryFixture.FILE_S02, cell(s, "Codice", "S02", "File").getStringCellValue());
            assertEquals("Raggiunto", cell(s, "Codice", "S01", "Esito").getStringCellValue());
            assertEquals(1.0, cell(s, "Codice", "S01", "Copertura").getNumericCellValue());
            assertEquals(3, s.getSheetConditionalFormatting().getConditionalFormattingAt(0).getNumberOfRules());
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    void obiettiviShowsComputedAndEffectiveScoresAndMarksTheOverride() throws Exception {
        try (XSSFWorkbook wb = SummaryTestSupport.fixtureWorkbook()) {
            XSSFSheet s = wb.getSheet("Obiettivi");
            assertEquals(5, s.getLastRowNum());
            assertEquals(0.9, cell(s, "Codice", "OB2", "Punteggio calcolato").getNumericCellValue(), 1e-9);
            assertEquals(0.85, cell(s, "Codice", "OB2", "Punteggio").getNumericCellValue(), 1e-9);
            assertEquals("0.0%", cell(s, "Codice", "OB2", "Punteggio").getCellStyle().getDataFormatString());
            assertEquals(0.85, cell(s, "Codice", "OB2", "Valutazione Nucleo %").getNumericCellValue(), 1e-9);
            assertEquals("Nucleo", cell(s, "Codice", "OB2", "Fonte punteggio").getStringCellValue());
            assertEquals("calcolato", cell(s, "Codice", "OB1", "Fonte punteggio").getStringCellValue());
            // the overridden row is tinted, the others are not
            assertNotEquals(cell(s, "Codice", "OB1", "Titolo").getCellStyle().getFillPattern(),
                    cell(s, "Codice", "OB2", "Titolo").getCellStyle().getFillPattern());
            Cell note = cell(s, "Codice", "OB2", "Note Nucleo");
            assertEquals(CellType.STRING, note.getCellType());
            assertEquals(SummaryFixture.NUCLEO_NOTE, note.getStringCellValue());
            assertEquals("NO", cell(s, "Codice", "OB3", "Raggiungibile").getStringCellValue());
            assertEquals("SI", cell(s, "Codice", "OB3", "A rischio").getStringCellValue());
            assertEquals(SummaryFixture.PLUS_NOTE, cell(s, "Codice", "OB3", "Note ufficio").getStringCellValue());
            assertEquals(0.5, cell(s, "Codice", "OB3", "Copertura").getNumericCellValue(), 1e-9);
            assertEquals(60, cell(s, "Codice", "OB1", "Peso").getNumericCellValue());
        }
    }

    @Test
    void onlyTheNucleoColumnsAreUnlockedOnAProtectedSheet() throws Exception {
        try (XSSFWorkbook wb = SummaryTestSupport.fixtureWorkbook()) {
            XSSFSheet s = wb.getSheet("Obiettivi");
            assertTrue(s.getProtect());
            assertFalse(s.isAutoFilterLocked());
            int nucleo = column(s, "Valutazione Nucleo %");
            int notes = column(s, "Note Nucleo");
            for (Row r : s) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                for (Cell c : r) {
                    boolean editable = c.getColumnIndex() == nucleo || c.getColumnIndex() == notes;
                    assertEquals(!editable, c.getCellStyle().getLocked(), "row " + r.getRowNum() + " col "
                            + c.getColumnIndex());
                }
                assertEquals("0.0%", r.getCell(nucleo).getCellStyle().getDataFormatString());
            }
            assertEquals(1, s.getDataValidations().size());
        }
    }
}
