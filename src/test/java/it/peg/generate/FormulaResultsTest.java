package it.peg.generate;

import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import it.peg.xlsx.DeterministicXlsx;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormulaResultsTest {
    /** Blank inputs, a filled one, peg's three shapes, a template's own formula, and shapes that only look alike. */
    private static XSSFWorkbook workbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet("Scheda");
        s.createRow(0).createCell(0); // A1 blank input
        s.createRow(1).createCell(0).setCellValue(5); // A2 a carried number
        s.createRow(2).createCell(0).setCellValue("SI"); // A3 a carried text
        String[][] formulas = {
                {"IF(ISNUMBER(A1),A1*2,\"\")", "IF(ISNUMBER(A2),A2*2,\"\")", "IF(ISNUMBER(B1),1,\"\")"},
                {"IF(AND(ISNUMBER(A1),ISNUMBER(A2)),A2/A1,\"\")", "IF(AND(ISNUMBER(A2),ISNUMBER(A2)),A2/A2,\"\")",
                        "IF(A1=\"\",\"\",1)"},
                {"IF(A3=\"\",\"\",IF(UPPER(TRIM(A3))=\"SI\",1,0))", "SUM(A2,1)", "IF(ISNUMBER(A1),1,\"\")&\"x\""},
                {"IF(ISNUMBER(A1),1,0)", "IF(ISNUMBER(Z9),\"a,b)\",\"\")", "IF(ISNUMBER(C5),1,\"\")"},
        };
        for (int r = 0; r < formulas.length; r++) {
            var row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
            for (int c = 0; c < formulas[r].length; c++) {
                row.createCell(1 + c).setCellFormula(formulas[r][c]);
            }
        }
        s.createRow(4).createCell(2).setCellFormula("A2+1"); // C5: a number, read by D4 above it
        return wb;
    }

    @Test
    void givesTheBytesOfPoisEvaluator() throws Exception {
        byte[] blank = DeterministicXlsx.toBytes(workbook());
        try (XSSFWorkbook expected = new XSSFWorkbook(new ByteArrayInputStream(blank));
             XSSFWorkbook actual = new XSSFWorkbook(new ByteArrayInputStream(FormulaResults.computed(blank)))) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(expected);
            assertArrayEquals(bytes(expected), bytes(actual));
            assertEquals("", actual.getSheetAt(0).getRow(0).getCell(1).getStringCellValue());
            assertEquals(10.0, actual.getSheetAt(0).getRow(0).getCell(2).getNumericCellValue());
            assertEquals(1.0, actual.getSheetAt(0).getRow(2).getCell(1).getNumericCellValue());
            assertTrue(actual.getForceFormulaRecalculation());
        }
    }

    @Test
    void takesApartOneIfCallOnly() {
        assertEquals(List.of("ISNUMBER(A1)", "A1*2", "\"\""), FormulaResults.ifArguments("IF(ISNUMBER(A1),A1*2,\"\")"));
        assertEquals(List.of("A1=\"\"", "\"\"", "\"a,(b\""), FormulaResults.ifArguments("IF(A1=\"\",\"\",\"a,(b\")"));
        assertEquals(List.of(), FormulaResults.ifArguments("IF(ISNUMBER(A1),1,\"\")+IF(A2,1,2)"));
        assertEquals(List.of(), FormulaResults.ifArguments("IF(ISNUMBER(Foglio!A1),1,\"\")"));
        assertEquals(List.of(), FormulaResults.ifArguments("SUM(A1)"));
    }

    @Test
    void emptyOnlyWhenTheConditionReadsBlankCells() {
        // A1 blank, A2 a number, B1 a formula not (yet) found empty
        Predicate<String> blank = ref -> ref.equals("A1");
        assertTrue(FormulaResults.plainlyEmpty("IF(ISNUMBER(A1),A1*2,\"\")", blank));
        assertFalse(FormulaResults.plainlyEmpty("IF(ISNUMBER(A2),A2*2,\"\")", blank));
        assertFalse(FormulaResults.plainlyEmpty("IF(ISNUMBER(A1),A1*2,0)", blank));
        // a percent cell's achievement reads the cell as a fraction first (regression: every scheda with a
        // percent indicator went through POI's evaluator, generate 4x slower)
        String fraction = "IF(ISNUMBER(A1),IF(A1>1,A1/100,A1),\"\")";
        assertTrue(FormulaResults.plainlyEmpty("IF(ISNUMBER(" + fraction + "),MIN(1," + fraction + "),\"\")", blank));
        String filled = "IF(ISNUMBER(A2),IF(A2>1,A2/100,A2),\"\")";
        assertFalse(FormulaResults.plainlyEmpty("IF(ISNUMBER(" + filled + "),MIN(1," + filled + "),\"\")", blank));
        assertFalse(FormulaResults.plainlyEmpty("IF(ISNUMBER(IF(A1=1,1,2)),1,\"\")", blank));
        assertFalse(FormulaResults.plainlyEmpty("IF(ISNUMBER(IF(ISNUMBER(A1),1,\"\"))*(1),1,\"\")", blank));
        assertFalse(FormulaResults.plainlyEmpty("IF(ISNUMBER(B1),1,\"\")", blank));
        assertTrue(FormulaResults.plainlyEmpty("IF(ISNUMBER(B1),1,\"\")", blank.or("B1"::equals)));
    }

    private static byte[] bytes(XSSFWorkbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.getSheetAt(0).getCTWorksheet().save(out);
        return out.toByteArray();
    }
}
