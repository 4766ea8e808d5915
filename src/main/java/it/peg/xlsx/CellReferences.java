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

    /** A cell's 0-based row and column. */
    public record Address(int row, int column) {
    }

    /** The 0-based row and column of an A1 reference ({@code B3} is row 2, column 1), read once. */
    public static Address address(String a1) {
        CellReference at = new CellReference(a1);
        return new Address(at.getRow(), at.getCol());
    }

    /** The letters of a 0-based column ({@code 0} is {@code A}, {@code 26} is {@code AA}). */
    public static String columnName(int col) {
        return CellReference.convertNumToColString(col);
    }

    /**
     * The 0-based last row of a range ({@code A1:C4} ends at row 3), empty for a range without one (a whole column,
     * {@code C:C}).
     */
    public static java.util.OptionalInt lastRow(String range) {
        int last = org.apache.poi.ss.util.CellRangeAddress.valueOf(range).getLastRow();
        return last < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(last);
    }

    /**
     * A sheet's name as a formula or a defined name writes it before {@code !}: in single quotes where Excel needs them
     * (a space, a digit first, a name like a cell reference), an inner quote doubled.
     */
    public static String sheetPrefix(String sheetName) {
        return org.apache.poi.ss.formula.SheetNameFormatter.format(sheetName);
    }
}
