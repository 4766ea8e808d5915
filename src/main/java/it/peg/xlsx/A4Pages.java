package it.peg.xlsx;

import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What makes the template's pages print as in Excel: the column unit set by an Arial default font. (Each printed sheet's
 * A4 page setup is written as XML by {@link SheetModelXml}.)
 */
final class A4Pages {
    private A4Pages() {
    }

    /**
     * Makes Arial of {@code points} the workbook's default font, the one whose digit sets the width of a column's
     * character. Excel measures Arial 10 as it measures Calibri 11 (7 pixels a digit), so nothing moves there; a
     * LibreOffice without Calibri's metric twin (Carlito) sets Calibri in DejaVu Sans, a third wider, and printed a
     * sheet of Calibri columns a third smaller than Excel. Arial it sets in Liberation Sans, of Arial's metrics.
     */
    static void arialColumns(XSSFWorkbook wb, short points) {
        XSSFFont normal = wb.getFontAt(0);
        normal.setFontName("Arial");
        normal.setFontHeightInPoints(points);
        normal.setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
    }
}
