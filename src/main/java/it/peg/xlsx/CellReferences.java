package it.peg.xlsx;

import org.apache.poi.ss.util.CellReference;

/** Cell addresses as Excel writes them. */
public final class CellReferences {
    private CellReferences() {
    }

    /** The relative A1 reference of a 0-based row and column ({@code 0, 0} is {@code A1}). */
    public static String a1(int row, int col) {
        return new CellReference(row, col, false, false).formatAsString();
    }
}
