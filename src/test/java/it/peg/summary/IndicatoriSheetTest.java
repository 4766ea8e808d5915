package it.peg.summary;

import it.peg.scoring.ScoreStatus;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static it.peg.summary.SummaryTestSupport.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatoriSheetTest {

    private static Row row(XSSFSheet s, String code, String verifica) {
        int c = column(s, "Codice");
        int v = column(s, "Verifica");
        for (Row r : s) {
            if (r.getRowNum() > 0 && code.equals(r.getCell(c).getStringCellValue())
                    && verifica.equals(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(r.getCell(v)))) {
                return r;
            }
        }
        throw new AssertionError(code + " " + verifica);
    }

    @Test
    void isAnExcelTableWithFiltersAndAFrozenHeader() throws Exception {
        try (XSSFWorkbook wb = SummaryTestSupport.fixtureWorkbook()) {
            XSSFSheet s = wb.getSheet("Indicatori");
            assertEquals(1, s.getTables().size());
            XSSFTable t = s.getTables().get(0);
            assertEquals(IndicatoriSheet.TABLE, t.getName());
            assertTrue(t.getCTTable().isSetAutoFilter());
            assertEquals("A1:V17", t.getCTTable().getRef());
            assertEquals(IndicatoriSheet.HEADERS, Arrays.stream(t.getCTTable().getTableColumns().getTableColumnArray())
                    .map(c -> c.getName()).toList());
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    void oneRowPerIndicatorAndVerificaUpToTheScoredOne() throws Exception {
        try (XSSFWorkbook wb = SummaryTestSupport.fixtureWorkbook()) {
            XSSFSheet s = wb.getSheet("Indicatori");
            assertEquals(16, s.getLastRowNum()); // 8 indicators x (30/06, 30/09)
            Row i2 = row(s, "I2", "30/09/2018");
            assertEquals(1300, i2.getCell(column(s, "Numeratore")).getNumericCellValue());
            assertEquals(3, i2.getCell(column(s, "Denominatore")).getNumericCellValue());
            assertEquals(1300.0 / 3, i2.getCell(column(s, "Valore")).getNumericCellValue(), 1e-9);
            assertEquals(1.0, i2.getCell(column(s, "Raggiungimento")).getNumericCellValue());
            assertEquals("900/3", i2.getCell(column(s, "Target")).getStringCellValue());
            assertEquals(SummaryFixture.AT_CAUSE, i2.getCell(column(s, "Causa scostamento")).getStringCellValue());
            assertEquals(SummaryFixture.FILE_S01 + "!Indicatori!G6", i2.getCell(column(s, "Fonte")).getStringCellValue());
            assertEquals("OB1", i2.getCell(column(s, "Obiettivo")).getStringCellValue());
            assertEquals("S01", i2.getCell(column(s, "Servizio")).getStringCellValue());
            assertEquals("crescente", i2.getCell(column(s, "Polarità")).getStringCellValue());
            Row i1early = row(s, "I1", "30/06/2018");
            assertEquals(35, i1early.getCell(column(s, "Valore")).getNumericCellValue());
            assertEquals(IndicatorRows.NOT_RESCORED, i1early.getCell(column(s, "Stato")).getStringCellValue());
            Row i4 = row(s, "I4", "30/09/2018");
            assertEquals("0.0%", i4.getCell(column(s, "Valore")).getCellStyle().getDataFormatString());
            assertEquals("Raggiunto", i4.getCell(column(s, "Esito")).getStringCellValue());
            Row i5 = row(s, "I5", "30/09/2018");
            assertEquals(24000, i5.getCell(column(s, "Proiezione")).getNumericCellValue());
            assertEquals("SI", i5.getCell(column(s, "Cumulativo")).getStringCellValue());
            Set<String> states = new HashSet<>();
            int st = column(s, "Stato");
            s.forEach(r -> states.add(r.getCell(st).getStringCellValue()));
            assertTrue(states.containsAll(Arrays.stream(ScoreStatus.values()).map(ScoreStatus::italian)
                    .collect(Collectors.toSet())), states.toString());
        }
    }

    @Test
    void officeTextIsNeverAFormulaAnywhere() throws Exception {
        try (XSSFWorkbook wb = SummaryTestSupport.fixtureWorkbook()) {
            Set<String> texts = new HashSet<>();
            wb.forEach(sheet -> sheet.forEach(r -> r.forEach(c -> {
                assertTrue(c.getCellType() != CellType.FORMULA, sheet.getSheetName() + "!" + c.getAddress());
                if (c.getCellType() == CellType.STRING) {
                    texts.add(c.getStringCellValue());
                }
            })));
            assertTrue(texts.containsAll(Set.of(SummaryFixture.FORMULA_CAUSE, SummaryFixture.AT_CAUSE,
                    SummaryFixture.PLUS_NOTE, SummaryFixture.MINUS_VALUE, SummaryFixture.NUCLEO_NOTE, "=1+2",
                    "+budget.xlsx")));
        }
    }
}
