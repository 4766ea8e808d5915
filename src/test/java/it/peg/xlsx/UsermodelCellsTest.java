package it.peg.xlsx;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole-workbook reader ({@link UsermodelWorkbook}, the reference the streamed reader agrees with, and the reader of
 * .xls files) types a number cell's odd values as the streamed one does: an empty value is no value (it was text ""
 * after the junk-number change), junk is its text, a number is a number.
 */
class UsermodelCellsTest {
    @Test
    void aNumberCellsOddValuesAreTypedAsTheStreamedReaderTypesThem() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var row = wb.createSheet("Dati").createRow(0);
            XSSFCell empty = row.createCell(0);
            empty.setCellValue(1);
            empty.getCTCell().setV("");
            XSSFCell junk = row.createCell(1);
            junk.setCellValue(1);
            junk.getCTCell().setV("NaN");
            XSSFCell number = row.createCell(2);
            number.setCellValue(85.5);
            assertEquals(ExcelCell.Kind.BLANK, UsermodelWorkbook.cell(empty).kind());
            assertEquals(ExcelCell.Kind.TEXT, UsermodelWorkbook.cell(junk).kind());
            assertEquals("NaN", UsermodelWorkbook.cell(junk).text());
            assertEquals(85.5, UsermodelWorkbook.cell(number).number());
        }
    }
}
