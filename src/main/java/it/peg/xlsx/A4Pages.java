package it.peg.xlsx;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

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
}
