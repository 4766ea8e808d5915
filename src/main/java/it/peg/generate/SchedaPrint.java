package it.peg.generate;

import it.peg.xlsx.A4Pages;
import it.peg.xlsx.SheetModel;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The print setup of a scheda's sheets (issue 19): what LibreOffice and Excel need to print every sheet at 8 points or
 * more, one page wide, and no indicator split across two pages. The writers decide the layout (rows, columns and their
 * widths); this class decides only how it goes onto paper: the column unit, the side margins, fit to one page wide and
 * as many tall as needed, and manual page breaks between the blocks a writer marks.
 */
final class SchedaPrint {
    /** Side margins in inches: a landscape A4 page then holds 806 points of columns. */
    static final double SIDE_MARGIN = 0.25;
    /**
     * Points a column character takes on paper at 100%, padding included, with Arial 10 as the column unit: measured
     * 5.53 on LibreOffice's PDF of a 216-character scheda; taken a little smaller, so that the scale is never
     * underestimated and a manual break comes before LibreOffice's own.
     */
    static final double POINTS_PER_CHAR = 5.5;
    /** The share of a page's height the manual breaks fill: row heights as printed differ by a point here and there. */
    private static final double PAGE_FILL = 0.94;

    private SchedaPrint() {
    }

    /** Arial 10 as the workbook's column unit: Excel and LibreOffice then measure the columns alike. */
    static void columnUnit(XSSFWorkbook wb) {
        A4Pages.arialColumns(wb, (short) 10);
    }

    /** The smallest type on a scheda's sheets, in points (the template's cell styles). */
    static final double SMALLEST_TYPE = 9;
    /** The smallest type a printed page may have, in points. */
    static final double MIN_PRINTED = 8;

    /**
     * One page wide and as many tall as needed, in the template's paper, with narrow side margins; a portrait sheet
     * too wide to print its type at 8 points turns landscape. The template's top and bottom margins, header and
     * footer stay.
     */
    static void fitToWidth(SheetModel sheet, int lastColumn) {
        SheetModel.Print ps = sheet.print();
        ps.setup = true;
        ps.left = SIDE_MARGIN;
        ps.right = SIDE_MARGIN;
        if (!ps.landscape && scale(sheet, lastColumn) * SMALLEST_TYPE < MIN_PRINTED) {
            ps.landscape = true;
        }
        ps.fitWidth = 1;
        ps.fitHeight = 0;
        ps.fitToPage = true;
    }

    /** The tallest row a long text gets, in points: well under a page, which cannot break inside a row. */
    static final float MAX_TEXT_ROW = 200;

    /**
     * A long text cut into the texts of consecutive rows, whole paragraphs each, none over {@link #MAX_TEXT_ROW} where
     * its paragraphs allow: a row taller than a page prints cut off. A short text is one row.
     */
    static List<String> rowsOf(String text, double widthChars, float fontPoints) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            String longer = row.isEmpty() ? paragraph : row + "\n" + paragraph;
            if (!row.isEmpty() && Stamp.height(longer, widthChars, fontPoints) > MAX_TEXT_ROW) {
                rows.add(row.toString());
                row.setLength(0);
                row.append(paragraph);
            } else {
                row.setLength(0);
                row.append(longer);
            }
        }
        rows.add(row.toString());
        return rows;
    }

    /** The rows where a printed page may begin, as a writer marks them: each starts a block kept on one page. */
    static final class Blocks {
        private final TreeSet<Integer> starts = new TreeSet<>();

        /** A block begins at {@code row}: a page may break just above it, and only between such rows. */
        void startsAt(int row) {
            starts.add(row);
        }

        List<Integer> starts() {
            return List.copyOf(starts);
        }
    }

    /**
     * Fits the sheet to one page wide and breaks its pages between blocks: a block that does not fit in what is left of
     * a page starts the next one, so an indicator's rows (one per verifica), an objective's heading and a section's
     * heading (by dimension) with their first indicator print on one page. A block taller than a page is broken between
     * its rows, never inside a cell merged over several rows. The first {@code titleRows} rows repeat on every page.
     */
    static void paginate(SheetModel sheet, Blocks blocks, int titleRows, int lastColumn, int lastRow) {
        fitToWidth(sheet, lastColumn);
        double room = pageRoom(sheet, lastColumn) - height(sheet, 0, titleRows - 1);
        List<Integer> starts = new ArrayList<>(blocks.starts());
        starts.removeIf(s -> s < titleRows || s > lastRow);
        if (starts.isEmpty() || starts.get(0) != titleRows) {
            starts.add(0, titleRows);
        }
        TreeSet<Integer> breakable = rowsOutsideMerges(sheet, titleRows, lastRow);
        double used = 0;
        for (int i = 0; i < starts.size(); i++) {
            int first = starts.get(i);
            int last = i + 1 < starts.size() ? starts.get(i + 1) - 1 : lastRow;
            double h = height(sheet, first, last);
            if (used > 0 && used + h > room) {
                sheet.rowBreaks().add(first - 1);
                used = 0;
            }
            if (h <= room) {
                used += h;
                continue;
            }
            // taller than a page, so it starts one: row by row, breaking only where no merged cell spans the break
            // (above an indicator's rows rather than among them)
            int pageStart = first;
            for (int row = first; row <= last; row++) {
                double rh = height(sheet, row, row);
                Integer at = breakable.floor(row);
                if (used + rh > room && at != null && at > pageStart) {
                    sheet.rowBreaks().add(at - 1);
                    pageStart = at;
                    used = height(sheet, at, row - 1);
                }
                used += rh;
            }
        }
    }

    /** The sheet height one page holds at the scale that fits the columns to its width, in points. */
    static double pageRoom(SheetModel sheet, int lastColumn) {
        boolean landscape = sheet.print().landscape;
        double height = (landscape ? 595 : 842) - 72 * (sheet.print().top + sheet.print().bottom);
        return height / scale(sheet, lastColumn) * PAGE_FILL;
    }

    /** The scale that fits columns A to {@code lastColumn} to the page's width (at most 1), A4 assumed. */
    static double scale(SheetModel sheet, int lastColumn) {
        boolean landscape = sheet.print().landscape;
        double width = (landscape ? 842 : 595) - 72 * (sheet.print().left + sheet.print().right);
        double columns = 0;
        for (int c = 0; c <= lastColumn; c++) {
            columns += sheet.width(c) / 256.0 * POINTS_PER_CHAR;
        }
        return Math.min(1, width / Math.max(1, columns));
    }

    private static double height(SheetModel sheet, int first, int last) {
        double h = 0;
        for (int r = first; r <= last; r++) {
            h += sheet.heightOf(r);
        }
        return h;
    }

    /** The rows a page may start at: those no merged region spans from the row above. */
    private static TreeSet<Integer> rowsOutsideMerges(SheetModel sheet, int first, int last) {
        TreeSet<Integer> rows = new TreeSet<>();
        for (int r = first; r <= last; r++) {
            rows.add(r);
        }
        for (SheetModel.Area m : sheet.merges()) {
            for (int r = m.firstRow() + 1; r <= m.lastRow(); r++) {
                rows.remove(r);
            }
        }
        return rows;
    }
}
