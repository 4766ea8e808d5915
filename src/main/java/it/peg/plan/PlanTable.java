package it.peg.plan;

import java.util.Iterator;

/**
 * A table sheet of the plan read once from top to bottom: its header row (row 1, or none), then its other rows.
 */
final class PlanTable {
    private final PlanSheet sheet;
    private final Iterator<SheetRow> rows;
    private SheetRow pending;

    PlanTable(PlanSheet sheet) {
        this.sheet = sheet;
        this.rows = sheet.rows();
    }

    String name() {
        return sheet.name();
    }

    /** Row 1; an empty row when the sheet has none. Called once, before {@link #next()}. */
    SheetRow header() {
        if (rows.hasNext()) {
            SheetRow first = rows.next();
            if (first.index() == 0) {
                return first;
            }
            pending = first;
        }
        return SheetRow.empty(0);
    }

    boolean hasNext() {
        return pending != null || rows.hasNext();
    }

    SheetRow next() {
        if (pending != null) {
            SheetRow r = pending;
            pending = null;
            return r;
        }
        return rows.next();
    }
}
