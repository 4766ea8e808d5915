package it.peg.xlsx;

import java.util.Iterator;

/** A worksheet of an {@link ExcelWorkbook}: its name and its rows, in ascending order, read once. */
public interface ExcelSheet {
    String name();

    /**
     * The rows present in the sheet, ascending; a streamed sheet can be iterated only once. A sheet whose XML breaks
     * off throws {@link BrokenWorkbookException} (or {@link java.io.UncheckedIOException}) while it is iterated.
     */
    Iterator<ExcelRow> rows();
}
