package it.peg.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** One row of a worksheet: its 0-based index and its cells by 0-based column. */
public final class ExcelRow {
    private final int index;
    /** By column: an {@link ExcelCell}, a {@code Supplier<ExcelCell>} not yet asked, or null where there is none. */
    private final Object[] cells;

    /** {@code cells} is indexed by column, null where a column has no cell; the row keeps the array. */
    ExcelRow(int index, ExcelCell[] cells) {
        this(index, (Object[]) cells);
    }

    private ExcelRow(int index, Object[] cells) {
        if (index < 0) {
            throw new IllegalArgumentException("row " + index);
        }
        this.index = index;
        this.cells = cells;
    }

    /**
     * A row whose cells are converted when first asked for: a cell a reader never looks at (a column of a hand-edited
     * file it does not read) cannot fail the reading with a value stored wrongly, as with POI's own cells.
     */
    static ExcelRow lazy(int index, List<Supplier<ExcelCell>> byColumn) {
        return new ExcelRow(index, byColumn.toArray());
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
        if (col < 0 || col >= cells.length || cells[col] == null) {
            return Optional.empty();
        }
        if (cells[col] instanceof Supplier<?> pending) {
            cells[col] = pending.get();
        }
        return Optional.of((ExcelCell) cells[col]);
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
