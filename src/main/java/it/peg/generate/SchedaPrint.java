package it.peg.generate;

import it.peg.xlsx.SheetModel;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The print setup of a scheda's sheets (issue 19): what LibreOffice and Excel need to print every sheet at 8 points or
 * more, one page wide, and no indicator split across two pages; a Scheda sheet with verifiche in columns too wide for
 * one page at 8 points prints on as many pages wide as needed ({@link #across}), whole verifiche on each, its
 * identifying columns repeated. The writers decide the layout (rows, columns and their
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

    /** The column unit of every scheda: Arial of this size, so that Excel and LibreOffice measure the columns alike. */
    static final short COLUMN_UNIT_POINTS = 10;

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

    /** A landscape A4 page's width between the side margins, in points. */
    static final double LANDSCAPE_WIDTH = 842 - 72 * 2 * SIDE_MARGIN;
    /** The smallest explicit scale that prints the smallest type at 8 points: 9 x 0.89 = 8.01. */
    static final int MIN_SCALE_PERCENT = (int) Math.ceil(100 * MIN_PRINTED / SMALLEST_TYPE);
    /** The share of a page's width a band of columns may fill at its scale: what Excel and LibreOffice print varies. */
    private static final double BAND_FILL = 0.99;

    /**
     * How a sheet prints across: the last column of each page's band of columns (one band: one page wide, fitted),
     * the identifying columns {@code 0..titleEnd} repeated on every page ({@code -1}: none), and the explicit scale in
     * percent that the bands print at (0 with one band, which is fitted to the page's width instead).
     */
    record Across(List<Integer> ends, int titleEnd, int scalePercent) {
        Across {
            ends = List.copyOf(ends);
        }

        /** The last column of the first page's band: where texts outside the indicator table end. */
        int firstEnd() {
            return ends.get(0);
        }

        boolean wide() {
            return ends.size() > 1;
        }
    }

    /**
     * Points a column of {@code chars} characters takes on paper at 100%: the larger of LibreOffice's (5.53 a
     * character, measured on its PDF) and Excel's (7 pixels a character plus 5 of padding, at 96 pixels an inch). An
     * explicit scale must not underestimate what is printed, or the application breaks the page inside a band.
     */
    static double printedPoints(double chars) {
        return Math.max(5.53 * chars, 0.75 * (7 * chars + 5));
    }

    /**
     * The bands of columns a sheet prints on, left to right. One band when the columns fit one landscape page wide at 8
     * points or more (as {@link #fitToWidth} fits them); otherwise as many pages wide as needed, each showing the
     * identifying columns {@code 0..titleEnd} and then whole units (a verifica's consecutive columns: a unit is never
     * split across pages), as many as fit at {@link #MIN_SCALE_PERCENT}. A unit too wide for a page with the
     * identifying columns gets a page of its own, printed smaller.
     *
     * @param widths   the columns' widths in characters, left to right
     * @param titleEnd the last identifying column ({@code -1}: none)
     * @param unitEnds the last column of each unit after the identifying columns, in order (the last is the last column)
     */
    static Across across(List<Integer> widths, int titleEnd, List<Integer> unitEnds) {
        int last = widths.size() - 1;
        double chars = widths.stream().mapToInt(Integer::intValue).sum();
        boolean fits = LANDSCAPE_WIDTH / Math.max(1, chars * POINTS_PER_CHAR) * SMALLEST_TYPE >= MIN_PRINTED;
        if (fits || unitEnds.isEmpty() || titleEnd >= last) {
            return new Across(List.of(last), titleEnd, 0);
        }
        double capacity = LANDSCAPE_WIDTH * BAND_FILL / (MIN_SCALE_PERCENT / 100.0);
        double titles = points(widths, 0, titleEnd);
        List<Integer> ends = new ArrayList<>();
        double used = titles;
        int first = titleEnd + 1;
        double widest = 0;
        for (int unitEnd : unitEnds) {
            double unit = points(widths, first, unitEnd);
            if (used > titles && used + unit > capacity) {
                ends.add(first - 1);
                widest = Math.max(widest, used);
                used = titles;
            }
            used += unit;
            first = unitEnd + 1;
        }
        ends.add(last);
        widest = Math.max(widest, used);
        int scale = (int) Math.min(100, Math.floor(100 * LANDSCAPE_WIDTH * BAND_FILL / widest));
        return new Across(ends, titleEnd, Math.max(10, scale));
    }

    private static double points(List<Integer> widths, int c1, int c2) {
        double p = 0;
        for (int c = c1; c <= c2; c++) {
            p += printedPoints(widths.get(c));
        }
        return p;
    }

    /**
     * As many landscape pages wide as {@code across} has bands, at its explicit scale, a manual column break after
     * each band but the last, pages numbered across then down (a page's bands side by side). Not fitted to the page:
     * Excel ignores manual breaks when fitting.
     */
    static void acrossPages(SheetModel sheet, Across across) {
        SheetModel.Print ps = sheet.print();
        ps.setup = true;
        ps.left = SIDE_MARGIN;
        ps.right = SIDE_MARGIN;
        ps.landscape = true;
        ps.fitToPage = false;
        ps.fitWidth = across.ends().size();
        ps.fitHeight = 0;
        ps.scale = across.scalePercent();
        ps.overThenDown = true;
        for (int i = 0; i + 1 < across.ends().size(); i++) {
            sheet.colBreaks().add(across.ends().get(i));
        }
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
        paginate(sheet, blocks, titleRows, new Across(List.of(lastColumn), -1, 0), lastRow);
    }

    /**
     * As {@link #paginate(SheetModel, Blocks, int, int, int)}, printed across the bands of {@code across}: one page wide
     * and fitted with one band, otherwise at the bands' explicit scale, from which the page's room is computed.
     */
    static void paginate(SheetModel sheet, Blocks blocks, int titleRows, Across across, int lastRow) {
        int lastColumn = across.ends().get(across.ends().size() - 1);
        double scale;
        if (across.wide()) {
            acrossPages(sheet, across);
            scale = across.scalePercent() / 100.0;
        } else {
            fitToWidth(sheet, lastColumn);
            scale = scale(sheet, lastColumn);
        }
        double room = pageRoom(sheet, scale) - height(sheet, 0, titleRows - 1);
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
        return pageRoom(sheet, scale(sheet, lastColumn));
    }

    /** The sheet height one page holds at {@code scale}, in points. */
    static double pageRoom(SheetModel sheet, double scale) {
        boolean landscape = sheet.print().landscape;
        double height = (landscape ? 595 : 842) - 72 * (sheet.print().top + sheet.print().bottom);
        return height / scale * PAGE_FILL;
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
