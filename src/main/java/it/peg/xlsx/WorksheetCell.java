package it.peg.xlsx;

import it.peg.xlsx.WorkbookTables.NumberFormat;

import java.util.Optional;

/**
 * One {@code <c>} element of a worksheet as written, with its indexes resolved but no interpretation: what a
 * missing value or an unknown type means is the caller's business.
 *
 * @param row         0-based row, from the enclosing {@code <row>} ({@code r}, or the one after the previous row)
 * @param col         0-based column, from the cell's {@code r}, or the one after the previous cell of the row
 * @param type        the {@code t} attribute, "n" when absent
 * @param style       the {@code s} attribute (cell style index), 0 when absent
 * @param value       the {@code <v>} text, empty when the cell has none
 * @param text        the string the cell holds: the shared string ({@code t="s"} with a value), the
 *                    {@code <is>} text (rich-text runs joined, phonetic runs left out) or else the value
 *                    ({@code t="inlineStr"}), the value ({@code t="str"}); empty otherwise. {@code _xHHHH_}
 *                    escapes are decoded in shared strings only
 * @param formula     the {@code <f>} text (also "" for a shared formula's dependent), empty when none
 * @param formulaType the {@code <f>}'s {@code t} attribute ("shared", "array", "dataTable"), "" when absent
 * @param format      the style's number format, empty when the workbook has no such style
 */
public record WorksheetCell(int row, int col, String type, int style, Optional<String> value, Optional<String> text,
                            Optional<String> formula, String formulaType, Optional<NumberFormat> format) {
}
