package it.peg.plan;

import it.peg.xlsx.ExcelRow;
import it.peg.xlsx.ExcelSheet;

import java.util.Iterator;

/**
 * A table sheet of the plan read once from top to bottom: its header row (row 1, or none), then its other rows.
 */
final class PlanTable {
    private final ExcelSheet sheet;
    private final Iterator<ExcelRow> rows;
    private ExcelRow pending;

    PlanTable(ExcelSheet sheet) {
        this.sheet = sheet;
        this.rows = sheet.rows();
    }

    String name() {
        return sheet.name();
    }

    /** Row 1; an empty row when the sheet has none. Called once, before {@link #next()}. */
    ExcelRow header() {
        if (rows.hasNext()) {
            ExcelRow first = rows.next();
            if (first.index() == 0) {
                return first;
            }
            pending = first;
        }
        return ExcelRow.empty(0);
    }

    boolean hasNext() {
        return pending != null || rows.hasNext();
    }

    ExcelRow next() {
        if (pending != null) {
            ExcelRow r = pending;
            pending = null;
            return r;
        }
        return rows.next();
    }
}
