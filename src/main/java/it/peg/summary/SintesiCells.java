package it.peg.summary;

import java.time.LocalDate;

/**
 * The key-figure cells of the Sintesi sheet as worksheet XML, their texts in the workbook's shared-string table as
 * POI kept them (in order of first use, counted at every use). Cells come row by row, left to right.
 */
final class SintesiCells {
    private final StringBuilder rows = new StringBuilder(8192);
    private final SharedStrings strings = new SharedStrings();
    private int row = -1;

    /** A text cell; blank (styled) when the text is empty. */
    void text(int r, int c, String value, CellFormat style) {
        if (value.isEmpty()) {
            start(r, c, style).append("/>");
            return;
        }
        String v = value.length() > SheetRows.MAX_TEXT ? value.substring(0, SheetRows.MAX_TEXT) : value;
        int index = strings.index(v);
        start(r, c, style).append(" t=\"s\"><v>").append(index).append("</v></c>");
    }

    void number(int r, int c, double value, CellFormat style) {
        start(r, c, style).append(" t=\"n\"><v>").append(value).append("</v></c>");
    }

    void date(int r, int c, LocalDate value, CellFormat style) {
        number(r, c, ExcelDates.serial(value.atStartOfDay()), style);
    }

    private StringBuilder start(int r, int c, CellFormat style) {
        if (r < row) {
            throw new IllegalStateException("row " + (r + 1) + " after row " + (row + 1));
        }
        if (r != row) {
            if (row >= 0) {
                rows.append("</row>");
            }
            rows.append("<row r=\"").append(r + 1).append("\">");
            row = r;
        }
        return rows.append("<c r=\"").append(SheetLayout.cell(r, c)).append("\" s=\"").append(style.index())
                .append('"');
    }

    /** The {@code <row>} elements written so far. */
    String rows() {
        return row < 0 ? "" : rows + "</row>";
    }

    /** The {@code xl/sharedStrings.xml} part. */
    String sharedStrings() {
        return strings.xml();
    }
}
