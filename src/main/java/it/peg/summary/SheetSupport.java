package it.peg.summary;

import it.peg.xlsx.A4Pages;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Cell writing and page layout shared by the summary sheets. Every text goes through {@link #text}, which
 * writes a string cell: a cause typed by an office as {@code =1+1} stays the text {@code =1+1}.
 */
final class SheetSupport {
    /** Excel refuses longer cell texts. */
    private static final int MAX_TEXT = SheetRows.MAX_TEXT;

    private SheetSupport() {
    }

    static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    static Cell cell(Sheet sheet, int r, int c, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** A string cell (never a formula, whatever the text starts with); blank when the text is empty. */
    static Cell text(Sheet sheet, int r, int c, String value, CellStyle style) {
        Cell cell = cell(sheet, r, c, style);
        if (!value.isEmpty()) {
            cell.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
        }
        return cell;
    }

    static Cell number(Sheet sheet, int r, int c, Optional<BigDecimal> value, CellStyle style) {
        Cell cell = cell(sheet, r, c, style);
        value.ifPresent(v -> cell.setCellValue(v.doubleValue()));
        return cell;
    }

    static Cell number(Sheet sheet, int r, int c, double value, CellStyle style) {
        Cell cell = cell(sheet, r, c, style);
        cell.setCellValue(value);
        return cell;
    }

    static Cell date(Sheet sheet, int r, int c, Optional<LocalDate> value, CellStyle style) {
        Cell cell = cell(sheet, r, c, style);
        value.ifPresent(cell::setCellValue);
        return cell;
    }

    static Cell dateTime(Sheet sheet, int r, int c, LocalDateTime value, CellStyle style) {
        Cell cell = cell(sheet, r, c, style);
        cell.setCellValue(value);
        return cell;
    }

    static void header(Sheet sheet, int r, List<String> headers, SummaryStyles styles) {
        for (int c = 0; c < headers.size(); c++) {
            text(sheet, r, c, headers.get(c), styles.header);
        }
        row(sheet, r).setHeightInPoints(32);
    }

    /** The header row of a streamed sheet: bold white on blue, 32 points high. */
    static void header(SheetRows rows, int r, List<String> headers, SummaryStyles styles) throws java.io.IOException {
        rows.row(r, 32);
        for (int c = 0; c < headers.size(); c++) {
            rows.text(c, headers.get(c), styles.header);
        }
    }

    /**
     * The layout of a row sheet with one heading row and {@code rows} data rows: a filter over the heading (over one
     * empty row at least), the first {@code frozenColumns} columns and the heading frozen, the widths, the print
     * layout and the dimension.
     */
    static void table(XSSFSheet sheet, String ente, List<String> headers, List<Integer> widths, int frozenColumns,
                      int rows) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows), 0, headers.size() - 1));
        sheet.createFreezePane(frozenColumns, 1);
        widths(sheet, widths, headers);
        printLayout(sheet, ente, 1);
        dimension(sheet, rows, headers.size() - 1);
    }

    /**
     * The used range of a streamed sheet ({@code A1:V54001}): the worksheet part states it before its rows,
     * which POI cannot see since it never holds them.
     */
    static void dimension(XSSFSheet sheet, int lastRow, int lastCol) {
        String ref = new CellRangeAddress(0, Math.max(0, lastRow), 0, Math.max(0, lastCol)).formatAsString();
        if (sheet.getCTWorksheet().isSetDimension()) {
            sheet.getCTWorksheet().getDimension().setRef(ref);
        } else {
            sheet.getCTWorksheet().addNewDimension().setRef(ref);
        }
    }

    /** Column widths in characters. */
    static void widths(Sheet sheet, List<Integer> widths) {
        for (int c = 0; c < widths.size(); c++) {
            sheet.setColumnWidth(c, Math.min(255, widths.get(c)) * 256);
        }
    }

    /**
     * Column widths in characters, each widened where its bold heading (on the 32-point header row: two lines) would
     * break a word in the middle ({@code Denominat/ore}) or need a third line, which prints over the first data row.
     */
    static void widths(Sheet sheet, List<Integer> widths, List<String> headers) {
        List<Integer> fitted = new java.util.ArrayList<>(widths);
        for (int c = 0; c < fitted.size() && c < headers.size(); c++) {
            fitted.set(c, headingWidth(headers.get(c), fitted.get(c)));
        }
        widths(sheet, fitted);
    }

    /**
     * Bold type takes about a fifth more room than the digits a column's width counts in (capitals more): a column
     * fits a heading's longest word, and the heading in two lines, within that allowance.
     */
    static int headingWidth(String heading, int width) {
        int longest = 0;
        for (String word : heading.split("[\\s/]+")) {
            longest = Math.max(longest, word.length());
        }
        int w = Math.max(width, (int) Math.ceil(longest * HEADING_CHAR) + 2);
        while (RowHeights.cell(heading, (int) Math.floor(w / HEADING_CHAR)) > 2 && w < 255) {
            w++;
        }
        return w;
    }

    /** The sheet's column widths in whole characters, by column index (0 where none is set). */
    static int[] columnWidths(XSSFSheet sheet) {
        int[] widths = new int[0];
        for (org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols cols : sheet.getCTWorksheet().getColsArray()) {
            for (org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol col : cols.getColArray()) {
                if (col.getMax() > 16_384) {
                    continue;
                }
                if (widths.length < col.getMax()) {
                    widths = java.util.Arrays.copyOf(widths, (int) col.getMax());
                }
                for (long c = col.getMin(); c <= col.getMax(); c++) {
                    widths[(int) c - 1] = (int) Math.floor(col.getWidth());
                }
            }
        }
        return widths;
    }

    /** Width of a character of a bold heading, in a column's width characters. */
    private static final double HEADING_CHAR = 1.25;
    /** The least print scale: 11-point type printed at 8.25 points, over the 8 points a printed page needs. */
    static final double MIN_SCALE = 0.75;
    /**
     * Points a column character takes at most, padding included: LibreOffice without Carlito sets Calibri in DejaVu
     * Sans, and printed the summary's 184-character Sintesi one page wide at a scale of 0.527, 8.1 points a character
     * (Carlito's are about 6).
     */
    private static final double POINTS_PER_CHAR = 8.1;
    private static final double PADDING_POINTS = 0;
    /** A4 landscape's width between the 0.4-inch margins of {@link #printLayout}. */
    private static final double LANDSCAPE_POINTS = 842 - 2 * 0.4 * 72;

    /**
     * How many pages wide a landscape sheet prints so that its type prints at {@link #MIN_SCALE} of its size or more:
     * one for a sheet whose columns fit, more for a wide one (the Indicatori sheet's 22 columns) rather than a page
     * of 5-point type.
     */
    static short pagesWide(XSSFSheet sheet) {
        double points = 0;
        for (org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols cols : sheet.getCTWorksheet().getColsArray()) {
            for (org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol col : cols.getColArray()) {
                if (!col.getHidden()) {
                    points += (col.getMax() - col.getMin() + 1) * (col.getWidth() * POINTS_PER_CHAR + PADDING_POINTS);
                }
            }
        }
        return (short) Math.max(1, Math.ceil(points * MIN_SCALE / LANDSCAPE_POINTS - 0.05));
    }

    /**
     * A4 landscape, as many pages wide as keep the type at 8 points or more ({@link #pagesWide}; one for a sheet
     * without header rows, Sintesi, whose charts must not be cut), header rows repeated on every page, page numbers
     * in the footer.
     *
     * @param headerRows number of top rows repeated on every printed page (0 for none)
     */
    static void printLayout(Sheet sheet, String ente, int headerRows) {
        A4Pages.fitToWidth(sheet, true, headerRows > 0 && sheet instanceof XSSFSheet x ? pagesWide(x) : (short) 1, 0.4);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
        sheet.getHeader().setLeft("&A");
        sheet.getHeader().setRight(ente.replace("&", "&&"));
        sheet.getFooter().setCenter("Pagina " + "&P" + " di " + "&N");
    }

    /** Turns a sheet laid out by {@link #printLayout} portrait, still one page wide. */
    static void portrait(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(false);
    }

    /**
     * A sheet that is one Excel table of {@code rows} data rows under a header row, laid out for screen and print:
     * the table, the first {@code frozenColumns} columns and the header frozen, the widths, the print layout, the
     * used range. The rows are streamed later.
     */
    static XSSFSheet tableSheet(XSSFWorkbook wb, String name, String table, List<String> headers, List<Integer> widths,
                                int tableStyle, int frozenColumns, int rows, String ente) {
        XSSFSheet sh = wb.createSheet(name);
        table(sh, table, 0, rows, headers, tableStyle);
        sh.createFreezePane(frozenColumns, 1);
        widths(sh, widths, headers);
        printLayout(sh, ente, 1);
        dimension(sh, Math.max(rows, 1), headers.size() - 1);
        return sh;
    }

    /**
     * An Excel table (with autofilter) over a header row and its data rows, already written. A table needs
     * one data row at least, so an empty list gets one blank row (the caller writes it). Column names are set
     * from {@code headers} (they must equal the header cells): a streamed sheet's rows are not in POI's sheet.
     */
    static XSSFTable table(XSSFSheet sheet, String name, int headerRow, int lastRow, List<String> headers,
                           int tableStyle) {
        int lastCol = headers.size() - 1;
        int last = Math.max(lastRow, headerRow + 1);
        AreaReference area = new AreaReference(new CellReference(headerRow, 0), new CellReference(last, lastCol),
                SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        CTTable ct = table.getCTTable();
        CTTableColumn[] columns = ct.getTableColumns().getTableColumnArray();
        for (int c = 0; c < columns.length && c < headers.size(); c++) {
            columns[c].setName(headers.get(c));
        }
        if (!ct.isSetAutoFilter()) {
            ct.addNewAutoFilter();
        }
        ct.getAutoFilter().setRef(area.formatAsString());
        if (!ct.isSetTableStyleInfo()) {
            ct.addNewTableStyleInfo();
        }
        ct.getTableStyleInfo().setName("TableStyleLight" + tableStyle);
        ct.getTableStyleInfo().setShowRowStripes(true);
        ct.getTableStyleInfo().setShowColumnStripes(false);
        return table;
    }
}
