package it.peg.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.time.LocalDate;
import java.util.List;

/**
 * One sheet of an {@link ExcelWorkbookWriter}: cells by 0-based row and column, column widths, comments, drop-down
 * lists and frozen rows. Rows are written in ascending order: a row that has left the writer's window cannot be
 * written again.
 */
public final class ExcelSheetWriter {
    private final SXSSFWorkbook wb;
    private final Sheet sheet;

    ExcelSheetWriter(SXSSFWorkbook wb, Sheet sheet) {
        this.wb = wb;
        this.sheet = sheet;
    }

    /** An empty cell (no value, default style): it exists in the file, as a cell a person cleared. */
    public void blank(int row, int col) {
        cell(row, col);
    }

    public void text(int row, int col, String value) {
        cell(row, col).setCellValue(value);
    }

    public void text(int row, int col, String value, ExcelStyle style) {
        Cell c = cell(row, col);
        c.setCellValue(value);
        c.setCellStyle(style.poi);
    }

    public void number(int row, int col, double value) {
        cell(row, col).setCellValue(value);
    }

    public void number(int row, int col, double value, ExcelStyle style) {
        Cell c = cell(row, col);
        c.setCellValue(value);
        c.setCellStyle(style.poi);
    }

    /** A date, stored as Excel stores one (a serial number): {@code style} shows it as a date. */
    public void date(int row, int col, LocalDate value, ExcelStyle style) {
        Cell c = cell(row, col);
        c.setCellValue(value);
        c.setCellStyle(style.poi);
    }

    /** The column's width, in characters of the default font. */
    public void columnWidth(int col, int characters) {
        sheet.setColumnWidth(col, characters * 256);
    }

    /**
     * A comment on the cell (written before), by {@code author}, shown in a box {@code columns} wide and
     * {@code rows} high from the cell's top left corner.
     */
    public void comment(int row, int col, String text, String author, int columns, int rows) {
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(col);
        anchor.setCol2(col + columns);
        anchor.setRow1(row);
        anchor.setRow2(row + rows);
        Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString(text));
        comment.setAuthor(author);
        sheet.getRow(row).getCell(col).setCellComment(comment);
    }

    /** The top {@code rows} rows stay in view when the sheet scrolls. */
    public void freezeRows(int rows) {
        sheet.createFreezePane(0, rows);
    }

    /**
     * A drop-down list of {@code values} on rows {@code firstRow}-{@code lastRow} of the column; any other value is
     * refused with a stop box titled {@code errorTitle} saying {@code errorText}.
     */
    public void list(int firstRow, int lastRow, int col, List<String> values, String errorTitle, String errorText) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values.toArray(new String[0])),
                new CellRangeAddressList(firstRow, lastRow, col, col));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(errorTitle, errorText);
        sheet.addValidationData(v);
    }

    private Cell cell(int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.createCell(c);
    }
}
