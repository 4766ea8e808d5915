package it.peg.xlsx;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The page setup every printed sheet of peg shares: A4, a given number of pages wide and as many long as the
 * content needs (never shrunk to one page tall, so long sheets keep their type size), side margins as given and
 * 0,6" above and below.
 */
public final class A4Pages {
    private A4Pages() {
    }

    public static void fitToWidth(Sheet sheet, boolean landscape, short pagesWide, double sideMargin) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth(pagesWide);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, sideMargin);
        sheet.setMargin(Sheet.RightMargin, sideMargin);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
    }

    /**
     * Makes Arial of {@code points} the workbook's default font, the one whose digit sets the width of a column's
     * character. Excel measures Arial 10 as it measures Calibri 11 (7 pixels a digit), so nothing moves there; a
     * LibreOffice without Calibri's metric twin (Carlito) sets Calibri in DejaVu Sans, a third wider, and printed a
     * sheet of Calibri columns a third smaller than Excel. Arial it sets in Liberation Sans, of Arial's metrics.
     */
    public static void arialColumns(XSSFWorkbook wb, short points) {
        XSSFFont normal = wb.getFontAt(0);
        normal.setFontName("Arial");
        normal.setFontHeightInPoints(points);
        normal.setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
    }
}
