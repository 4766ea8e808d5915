package it.peg.readback;

import java.util.Objects;
import java.util.Optional;

/**
 * One cell as stored in a returned workbook, with no interpretation: the input of validation.
 * For a formula cell the cached result is reported (peg never evaluates the workbook's formulas).
 *
 * @param sheet         sheet name
 * @param cell          A1 reference (e.g. {@code F12})
 * @param kind          what the cell (or the formula's cached result) holds
 * @param text          the string for TEXT, the error text for ERROR, "TRUE"/"FALSE" for BOOLEAN, "" otherwise
 * @param number        the number for NUMBER
 * @param numberFormat  the cell's number format string ("General" when none)
 * @param dateFormatted the number format is a date/time format (the number is a serial date)
 * @param formula       the cell holds a formula (its text when it does)
 */
public record RawCell(String sheet, String cell, CellKind kind, String text, Optional<Double> number,
                      String numberFormat, boolean dateFormatted, Optional<String> formula) {
    public RawCell {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(numberFormat, "numberFormat");
        Objects.requireNonNull(formula, "formula");
        if ((kind == CellKind.NUMBER) != number.isPresent()) {
            throw new IllegalArgumentException("number must be present exactly for NUMBER cells");
        }
    }

    public static RawCell blank(String sheet, String cell) {
        return new RawCell(sheet, cell, CellKind.BLANK, "", Optional.empty(), "General", false, Optional.empty());
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK || (kind == CellKind.TEXT && text.isBlank());
    }
}
