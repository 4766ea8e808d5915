package it.peg.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One row of a worksheet: its 0-based index and its cells by 0-based column. */
public final class ExcelRow {
    private final int index;
    private final ExcelCell[] cells;

    /** {@code cells} is indexed by column, null where a column has no cell; the row keeps the array. */
    ExcelRow(int index, ExcelCell[] cells) {
        if (index < 0) {
            throw new IllegalArgumentException("row " + index);
        }
        this.index = index;
        this.cells = cells;
    }

    /** A row without cells (a sheet without rows has an empty header row). */
    public static ExcelRow empty(int index) {
        return new ExcelRow(index, new ExcelCell[0]);
    }

    public int index() {
        return index;
    }

    /** The cell at a 0-based column, empty when there is none. */
    public Optional<ExcelCell> cell(int col) {
        return col < 0 || col >= cells.length ? Optional.empty() : Optional.ofNullable(cells[col]);
    }

    /** One past the last column with a cell, as POI's {@code Row.getLastCellNum()} (-1 when none). */
    public int lastCellNum() {
        for (int c = cells.length - 1; c >= 0; c--) {
            if (cells[c] != null) {
                return c + 1;
            }
        }
        return -1;
    }

    /** The columns that have a cell, in order. */
    public List<Integer> columns() {
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                cols.add(c);
            }
        }
        return cols;
    }
}
