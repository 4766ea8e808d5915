package it.peg.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormulaValuesTest {
    @Test
    void blankIsNothingAnEmptyTextOrAFormulaFoundEmptyNeverAStaleCachedValue() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Scheda");
            s.createRow(0).createCell(0); // A1 blank
            s.getRow(0).createCell(1).setCellFormula("IF(ISNUMBER(A1),1,\"\")"); // B1 a formula
            s.getRow(0).getCell(1).setCellValue(""); // its cached result, stale for this pass
            s.getRow(0).createCell(2).setCellValue(""); // C1 an empty text
            s.createRow(1).createCell(0).setCellValue(5); // A2 a number
            Cell b1 = s.getRow(0).getCell(1);
            assertTrue(FormulaValues.blank(s, "A1", Set.of()));
            assertTrue(FormulaValues.blank(s, "C1", Set.of()));
            assertTrue(FormulaValues.blank(s, "Z9", Set.of()));
            assertFalse(FormulaValues.blank(s, "A2", Set.of()));
            assertFalse(FormulaValues.blank(s, "B1", Set.of()));
            assertTrue(FormulaValues.blank(s, "B1", Set.of(b1)));
        }
    }
}
