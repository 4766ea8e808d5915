package it.peg.plan;

import java.util.Iterator;

/** A sheet of a plan workbook: its name and its rows, in ascending order, read once. */
interface PlanSheet {
    String name();

    /** The rows present in the sheet, ascending; a streaming sheet can be iterated only once. */
    Iterator<SheetRow> rows();
}
