package it.peg.plan;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * One cell of a plan sheet as {@link PlanReader} needs it, whichever way the workbook was read: the kind of its
 * value (a formula's cached value counts as that value), the value, and its number format (to tell dates and
 * percentages). Formats follow POI's usermodel: the cell style's format index and format string, or none when
 * the workbook has no styles.
 *
 * @param kind        the kind of the value (of the cached value for a formula)
 * @param formula     the cell holds a formula
 * @param text        the string value as stored (TEXT cells), "" otherwise
 * @param number      the numeric value (NUMBER cells), 0 otherwise
 * @param bool        the boolean value (BOOLEAN cells)
 * @param formatIndex the style's number format index, -1 when the cell has no style
 * @param format      the style's number format string, "" when none
 * @param formulaText the formula as stored (without the leading '='), "" when none
 * @param errorText   the error value as stored ({@code #NAME?}, {@code Err:509}) for ERROR cells, "" otherwise
 */
record SheetCell(Kind kind, boolean formula, String text, double number, boolean bool, int formatIndex, String format,
                 String formulaText, String errorText) {
    SheetCell(Kind kind, boolean formula, String text, double number, boolean bool, int formatIndex, String format) {
        this(kind, formula, text, number, bool, formatIndex, format, "", "");
    }

    /** A formula the file keeps no value for (written by a program, never calculated). */
    boolean formulaWithoutValue() {
        return formula && kind == Kind.BLANK;
    }

    /** A formula whose value is an error ({@code #NAME?}, {@code Err:509}). */
    boolean formulaError() {
        return kind == Kind.ERROR;
    }

    /** What a cell holds, as POI's usermodel types it. */
    enum Kind { TEXT, NUMBER, BOOLEAN, ERROR, BLANK }

    boolean isDateFormatted() {
        try {
            return kind == Kind.NUMBER && formatIndex >= 0 && DateUtil.isValidExcelDate(number)
                    && DateUtil.isADateFormat(formatIndex, format);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"[^\"]*\"");

    boolean isPercentFormatted() {
        // quoted literal text does not count; most formats have none (and a pattern compiled per cell was a cost)
        return format.indexOf('"') < 0 ? format.contains("%") : QUOTED.matcher(format).replaceAll("").contains("%");
    }
}
