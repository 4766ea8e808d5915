package it.peg.plan;

import java.util.Map;

/** One data row of a plan table: its cells by column. */
final class TableLine<E extends Enum<E> & Column> {
    final SheetRow sheetRow;
    final int index;
    final Map<E, Integer> cols;
    private final Cells cells;

    TableLine(SheetRow sheetRow, Map<E, Integer> cols, Cells cells) {
        this.sheetRow = sheetRow;
        this.index = sheetRow.index();
        this.cols = cols;
        this.cells = cells;
    }

    SheetCell cell(E col) {
        Integer c = cols.get(col);
        return c == null ? null : sheetRow.cell(c);
    }

    SheetCell cell(int col) {
        return sheetRow.cell(col);
    }

    String text(E col) {
        return cells.text(cell(col));
    }

    String ref(E col) {
        Integer c = cols.get(col);
        return c == null ? "" : Cells.ref(index, c);
    }

    int row() {
        return index + 1;
    }

    boolean blank() {
        return cols.keySet().stream().allMatch(c -> text(c).isEmpty());
    }
}
