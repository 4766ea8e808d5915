package it.peg.summary;

import it.peg.xlsx.CellReferences;
import it.peg.xlsx.WorkbookTables.NumberFormat;
import it.peg.xlsx.WorksheetCell;
import it.peg.xlsx.WorksheetCells;

import javax.xml.stream.XMLStreamException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cells of one worksheet part, streamed by {@link WorksheetCells}: only what {@link NucleoColumnsReader}
 * needs (type, text, number, formula, number format), so that reading the Nucleo's columns does not build the
 * whole summary in memory. Types follow POI's usermodel: shared and inline strings are STRING, a formula keeps
 * its cached type.
 */
final class ObiettiviSheetCells {
    /** What a cell holds, as POI's usermodel types it (a formula is FORMULA, its cached value's type apart). */
    enum CellType { NUMERIC, STRING, FORMULA, BLANK, BOOLEAN, ERROR }

    /** One cell as the usermodel would see it. */
    record SheetCell(int row, int col, CellType type, CellType cachedType, String text, double number,
                     String formula, String format, int formatIndex) {
        /** The cell's A1 reference ({@code C7}). */
        String address() {
            return CellReferences.a1(row, col);
        }
    }

    /** Rows present in the sheet (also empty ones), by index. */
    final TreeMap<Integer, TreeMap<Integer, SheetCell>> rows = new TreeMap<>();
    /** The workbook counts its dates from 1904 (its number cells' dates, its ISO date cells read as such). */
    final boolean date1904;

    private ObiettiviSheetCells(boolean date1904) {
        this.date1904 = date1904;
    }

    /**
     * Reads the first row present (the header) whole, and of the rows after it only the cells of the columns
     * {@code columnsOf} picks from the header: the reader needs three of fourteen, and the
     * nightly merge reads thousands of rows every night.
     */
    static ObiettiviSheetCells read(WorksheetCells cells,
                                    java.util.function.Function<Map<Integer, SheetCell>, java.util.Set<Integer>> columnsOf)
            throws XMLStreamException {
        ObiettiviSheetCells sheet = new ObiettiviSheetCells(cells.date1904());
        java.util.Set<Integer> kept = null;
        boolean header = true;
        while (cells.nextRow()) {
            TreeMap<Integer, SheetCell> row = sheet.rows.computeIfAbsent(cells.row(), k -> new TreeMap<>());
            for (Optional<WorksheetCell> c = cells.nextCell(); c.isPresent(); c = cells.nextCell()) {
                if (kept == null || kept.contains(c.get().col())) {
                    row.put(c.get().col(), cell(c.get(), sheet.date1904));
                }
            }
            if (header) {
                header = false;
                kept = columnsOf.apply(row);
            }
        }
        return sheet;
    }

    /**
     * A cell as this reader has always typed it (unlike the plan's reader: a string, boolean or error cell
     * without a value is BLANK, "true" is a boolean too, a data-table formula is a formula).
     */
    private static SheetCell cell(WorksheetCell c, boolean date1904) {
        String format = c.format().flatMap(NumberFormat::code).orElse(null);
        int formatIndex = c.format().map(NumberFormat::index).orElse(0);
        String value = c.value().orElse(null);
        CellType valueType;
        String text = "";
        double number = 0;
        switch (c.type()) {
            case "s", "inlineStr" -> {
                valueType = c.text().isEmpty() ? CellType.BLANK : CellType.STRING;
                text = c.text().orElse("");
            }
            case "str" -> {
                valueType = CellType.STRING;
                text = c.text().orElse("");
            }
            case "b" -> {
                valueType = value == null ? CellType.BLANK : CellType.BOOLEAN;
                text = "1".equals(value) || "true".equalsIgnoreCase(value) ? "TRUE" : "FALSE";
            }
            case "e" -> {
                valueType = value == null ? CellType.BLANK : CellType.ERROR;
                text = value == null ? "" : value;
            }
            default -> {
                // a number, or an ISO date (openpyxl's iso_dates) as the serial Excel would have stored; a value that is
                // neither is what the file says, as text: a finding shows it, the run goes on
                Optional<Double> parsed = value == null || value.isBlank() ? Optional.empty()
                        : c.type().equals("d") ? it.peg.xlsx.ExcelDates.isoSerial(value, date1904)
                        : it.peg.xlsx.ExcelCell.storedNumber(value);
                valueType = parsed.isPresent() ? CellType.NUMERIC : value == null || value.isBlank() ? CellType.BLANK
                        : CellType.STRING;
                number = parsed.orElse(0.0);
                text = parsed.isPresent() || value == null ? "" : value;
            }
        }
        if (c.formula().isPresent()) {
            CellType cached = valueType == CellType.BLANK ? (c.type().equals("str") ? CellType.STRING : CellType.NUMERIC)
                    : valueType;
            return new SheetCell(c.row(), c.col(), CellType.FORMULA, cached, text, number, c.formula().get(), format,
                    formatIndex);
        }
        return new SheetCell(c.row(), c.col(), valueType, valueType, text, number, null, format, formatIndex);
    }
}
