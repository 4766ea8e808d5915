package it.peg.summary;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;

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
    private static final int MAX_TEXT = 32_767;

    private SheetSupport() {
    }

    static XSSFRow row(XSSFSheet sheet, int r) {
        XSSFRow row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    static XSSFCell cell(XSSFSheet sheet, int r, int c, XSSFCellStyle style) {
        XSSFCell cell = row(sheet, r).createCell(c);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** A string cell (never a formula, whatever the text starts with); blank when the text is empty. */
    static XSSFCell text(XSSFSheet sheet, int r, int c, String value, XSSFCellStyle style) {
        XSSFCell cell = cell(sheet, r, c, style);
        if (!value.isEmpty()) {
            cell.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
        }
        return cell;
    }

    static XSSFCell number(XSSFSheet sheet, int r, int c, Optional<BigDecimal> value, XSSFCellStyle style) {
        XSSFCell cell = cell(sheet, r, c, style);
        value.ifPresent(v -> cell.setCellValue(v.doubleValue()));
        return cell;
    }

    static XSSFCell number(XSSFSheet sheet, int r, int c, double value, XSSFCellStyle style) {
        XSSFCell cell = cell(sheet, r, c, style);
        cell.setCellValue(value);
        return cell;
    }

    static XSSFCell date(XSSFSheet sheet, int r, int c, Optional<LocalDate> value, XSSFCellStyle style) {
        XSSFCell cell = cell(sheet, r, c, style);
        value.ifPresent(cell::setCellValue);
        return cell;
    }

    static XSSFCell dateTime(XSSFSheet sheet, int r, int c, LocalDateTime value, XSSFCellStyle style) {
        XSSFCell cell = cell(sheet, r, c, style);
        cell.setCellValue(value);
        return cell;
    }

    static void header(XSSFSheet sheet, int r, List<String> headers, SummaryStyles styles) {
        for (int c = 0; c < headers.size(); c++) {
            text(sheet, r, c, headers.get(c), styles.header);
        }
        row(sheet, r).setHeightInPoints(32);
    }

    /** Column widths in characters. */
    static void widths(XSSFSheet sheet, List<Integer> widths) {
        for (int c = 0; c < widths.size(); c++) {
            sheet.setColumnWidth(c, Math.min(255, widths.get(c)) * 256);
        }
    }

    /**
     * A4 landscape, one page wide, header rows repeated on every page, page numbers in the footer.
     *
     * @param headerRows number of top rows repeated on every printed page (0 for none)
     */
    static void printLayout(XSSFSheet sheet, String ente, int headerRows) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
        sheet.getHeader().setLeft("&A");
        sheet.getHeader().setRight(ente.replace("&", "&&"));
        sheet.getFooter().setCenter("Pagina " + "&P" + " di " + "&N");
    }

    /**
     * An Excel table (with autofilter) over a header row and its data rows, already written. A table needs
     * one data row at least, so an empty list gets one blank row.
     */
    static XSSFTable table(XSSFSheet sheet, String name, int headerRow, int lastRow, int lastCol, int tableStyle) {
        int last = Math.max(lastRow, headerRow + 1);
        row(sheet, last);
        AreaReference area = new AreaReference(new CellReference(headerRow, 0), new CellReference(last, lastCol),
                SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        table.updateHeaders();
        CTTable ct = table.getCTTable();
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
