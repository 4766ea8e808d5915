package it.peg.xlsx;

import org.apache.poi.ss.usermodel.DateUtil;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One cell of a worksheet as a reader of peg needs it, whichever way the workbook was read: the kind of its value
 * (a formula's cached result counts as that value), the value, and its number format (to tell dates and
 * percentages). Formats follow POI's usermodel: the cell style's format index and format string, or none when
 * the workbook has no styles.
 *
 * @param kind        the kind of the value (of the cached result for a formula)
 * @param formula     the cell holds a formula
 * @param text        the string value as stored (TEXT cells), "" otherwise
 * @param number      the numeric value (NUMBER cells), 0 otherwise
 * @param bool        the boolean value (BOOLEAN cells)
 * @param formatIndex the style's number format index, -1 when the cell has no style
 * @param format      the style's number format string, "" when none
 * @param formulaText the formula as stored (without the leading '='), "" when none
 * @param errorText   the error value as stored ({@code #NAME?}, {@code Err:509}) for ERROR cells, "" otherwise
 */
public record ExcelCell(Kind kind, boolean formula, String text, double number, boolean bool, int formatIndex,
                        String format, String formulaText, String errorText) {
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    /** What a cell holds, as POI's usermodel types it. */
    public enum Kind { TEXT, NUMBER, BOOLEAN, ERROR, BLANK }

    public ExcelCell {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(formulaText, "formulaText");
        Objects.requireNonNull(errorText, "errorText");
    }

    public ExcelCell(Kind kind, boolean formula, String text, double number, boolean bool, int formatIndex,
                     String format) {
        this(kind, formula, text, number, bool, formatIndex, format, "", "");
    }

    /** A formula the file keeps no value for (written by a program, never calculated). */
    public boolean formulaWithoutValue() {
        return formula && kind == Kind.BLANK;
    }

    /** A formula whose value is an error ({@code #NAME?}, {@code Err:509}). */
    public boolean formulaError() {
        return kind == Kind.ERROR;
    }

    /** A number shown as a date (its format is a date format, as Excel and POI tell one). */
    public boolean isDateFormatted() {
        try {
            return kind == Kind.NUMBER && formatIndex >= 0 && DateUtil.isValidExcelDate(number)
                    && ExcelNumberFormats.isDateFormat(formatIndex, format);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The number as a date and time, counted in the workbook's date system (as POI's usermodel converts it). */
    public LocalDateTime dateTime(boolean date1904) {
        return ExcelDates.dateTime(number, date1904);
    }

    /** The format shows a percentage: a {@code %} outside quoted literal text. */
    public boolean isPercentFormatted() {
        // quoted literal text does not count; most formats have none (and a pattern compiled per cell was a cost)
        return format.indexOf('"') < 0 ? format.contains("%") : QUOTED.matcher(format).replaceAll("").contains("%");
    }

    /**
     * An ISO 8601 date cell ({@code t="d"}, as openpyxl saves dates when told to): the date's serial, as Excel stores a
     * date, shown as a date whatever the cell's format says (a date in a plan's target column is a deadline, not a
     * text of "2025-10-31T00:00:00"); a text that is no date stays the text the file holds.
     */
    static ExcelCell ofIsoDate(String value, boolean date1904, int fi, String f, boolean formula, String ft) {
        if (value == null || value.isBlank()) {
            return new ExcelCell(Kind.BLANK, formula, "", 0, false, fi, f, ft, "");
        }
        Optional<Double> serial = ExcelDates.isoSerial(value, date1904);
        if (serial.isEmpty()) {
            return new ExcelCell(Kind.TEXT, formula, value, 0, false, fi, f, ft, "");
        }
        double d = serial.get();
        ExcelCell own = new ExcelCell(Kind.NUMBER, formula, "", d, false, fi, f, ft, "");
        if (own.isDateFormatted()) {
            return own;
        }
        // Excel's built-in date formats: 21 (a time of day alone, under 1), 14 (a day), 22 (a day and a time)
        return d < 1 ? new ExcelCell(Kind.NUMBER, formula, "", d, false, 21, "h:mm:ss", ft, "")
                : d == Math.floor(d) ? new ExcelCell(Kind.NUMBER, formula, "", d, false, 14, "m/d/yy", ft, "")
                : new ExcelCell(Kind.NUMBER, formula, "", d, false, 22, "m/d/yy h:mm", ft, "");
    }

    /**
     * A number cell as it is stored ({@code <v>85.5</v>}): no value when empty, the number, or, for a value that is no
     * number, what the file says as text (for a finding to show). Both readers of a workbook type it so.
     */
    static ExcelCell ofStoredNumber(String value, int fi, String f, boolean formula, String ft) {
        if (value.isBlank()) {
            return new ExcelCell(Kind.BLANK, formula, "", 0, false, fi, f, ft, "");
        }
        return storedNumber(value).map(d -> new ExcelCell(Kind.NUMBER, formula, "", d, false, fi, f, ft, ""))
                .orElseGet(() -> new ExcelCell(Kind.TEXT, formula, value, 0, false, fi, f, ft, ""));
    }

    /**
     * A number as a cell stores it ({@code <v>85.5</v>}, {@code 1E-3}); empty for anything else. Java's parser also
     * takes {@code NaN}, {@code Infinity}, {@code 1d} and {@code 0x1p3}, none of which is a number of a worksheet: a
     * {@code NaN} read as one failed later on, and was reported as a fault of peg's.
     */
    public static Optional<Double> storedNumber(String value) {
        String s = value.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != '-' && c != '+' && c != 'E' && c != 'e') {
                return Optional.empty();
            }
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
