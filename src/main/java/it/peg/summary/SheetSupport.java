package it.peg.summary;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Cell writing for the sheets still laid out with POI (the Schede per la valutazione, {@link
 * ValutazioneWorkbookWriter}; the summary is written as text). Every text goes through {@link #text}, which writes a
 * string cell: a cause typed by an office as {@code =1+1} stays the text {@code =1+1}.
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

    /**
     * The used range of a sheet ({@code A1:F40}) whose rows are written after POI's: the worksheet part states it
     * before its rows.
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
}
