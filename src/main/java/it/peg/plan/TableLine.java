package it.peg.plan;

import it.peg.xlsx.CellReferences;
import it.peg.xlsx.ExcelCell;
import it.peg.xlsx.ExcelRow;

import java.util.Map;

/** One data row of a plan table: its cells by column (null, inside this package, where a column has none). */
final class TableLine<E extends Enum<E> & Column> {
    final ExcelRow sheetRow;
    final int index;
    final Map<E, Integer> cols;
    private final Cells cells;

    TableLine(ExcelRow sheetRow, Map<E, Integer> cols, Cells cells) {
        this.sheetRow = sheetRow;
        this.index = sheetRow.index();
        this.cols = cols;
        this.cells = cells;
    }

    ExcelCell cell(E col) {
        Integer c = cols.get(col);
        return c == null ? null : sheetRow.cell(c).orElse(null);
    }

    ExcelCell cell(int col) {
        return sheetRow.cell(col).orElse(null);
    }

    String text(E col) {
        return cells.text(cell(col));
    }

    String ref(E col) {
        Integer c = cols.get(col);
        return c == null ? "" : CellReferences.a1(index, c);
    }

    int row() {
        return index + 1;
    }

    boolean blank() {
        return cols.keySet().stream().allMatch(c -> text(c).isEmpty());
    }
}
