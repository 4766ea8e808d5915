package it.peg.plan;

import java.util.ArrayList;
import java.util.List;

/** One row of a plan sheet: its 0-based index and its cells by column (a column without a cell is null). */
final class SheetRow {
    private final int index;
    private final SheetCell[] cells;

    SheetRow(int index, SheetCell[] cells) {
        this.index = index;
        this.cells = cells;
    }

    static SheetRow empty(int index) {
        return new SheetRow(index, new SheetCell[0]);
    }

    int index() {
        return index;
    }

    /** The cell at a 0-based column, null when there is none. */
    SheetCell cell(int col) {
        return col < 0 || col >= cells.length ? null : cells[col];
    }

    /** One past the last column with a cell, as POI's {@code Row.getLastCellNum()} (-1 when none). */
    int lastCellNum() {
        for (int c = cells.length - 1; c >= 0; c--) {
            if (cells[c] != null) {
                return c + 1;
            }
        }
        return -1;
    }

    /** The columns that have a cell, in order. */
    List<Integer> columns() {
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                cols.add(c);
            }
        }
        return cols;
    }
}
