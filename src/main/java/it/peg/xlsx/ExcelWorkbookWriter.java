package it.peg.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a workbook of styled cells, comments, drop-down lists and frozen header rows, streaming: only a window of
 * rows per sheet is in memory, earlier rows go to a temporary file, texts are inline strings (POI's SXSSF). The
 * bytes are deterministic ({@link DeterministicXlsx}: fixed document dates and zip entry times), and the same calls
 * in the same order give the same workbook. Rows of a sheet are written in ascending order. Close it to delete its
 * temporary files.
 */
public final class ExcelWorkbookWriter implements AutoCloseable {
    private final SXSSFWorkbook wb;

    /** A writer keeping {@code rowWindow} rows of each sheet in memory. */
    public ExcelWorkbookWriter(int rowWindow) {
        if (rowWindow < 1) {
            throw new IllegalArgumentException("row window " + rowWindow);
        }
        wb = new SXSSFWorkbook(rowWindow);
    }

    /** A new style with the look; styles (and their fonts) are numbered in the order they are made. */
    public ExcelStyle style(CellLook look) {
        Font font = null;
        if (look.ownFont()) {
            font = wb.createFont();
            font.setBold(look.bold());
            if (look.fontPoints().isPresent()) {
                font.setFontHeightInPoints(look.fontPoints().get().shortValue());
            }
        }
        CellStyle style = wb.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        if (look.fill() == CellLook.Fill.PALE_BLUE) {
            style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (look.bottomBorder()) {
            style.setBorderBottom(BorderStyle.THIN);
        }
        if (look.numberFormat().isPresent()) {
            style.setDataFormat(wb.createDataFormat().getFormat(look.numberFormat().get()));
        }
        if (look.wrap()) {
            style.setWrapText(true);
        }
        if (look.indent() > 0) {
            style.setIndention((short) look.indent());
        }
        return new ExcelStyle(style);
    }

    /** A new sheet, after the ones already made. */
    public ExcelSheetWriter sheet(String name) {
        return new ExcelSheetWriter(wb, wb.createSheet(name));
    }

    /** Writes the workbook to {@code out} (left open), dated {@link DeterministicXlsx#EPOCH}. */
    public void write(OutputStream out) throws IOException {
        DeterministicXlsx.write(wb.getXSSFWorkbook(), wb::write, DeterministicXlsx.EPOCH, out);
    }

    /** Releases the workbook and deletes its temporary files. */
    @Override
    public void close() throws IOException {
        try {
            wb.close();
        } finally {
            wb.dispose();
        }
    }
}
