package it.peg.xlsx;

import org.apache.poi.ss.usermodel.DataFormatter;

import java.util.Locale;

/**
 * A number as a spreadsheet shows it in a cell of a given number format, in one locale's conventions (POI's
 * {@code DataFormatter}, without formula evaluation). Not for several threads at once: make one per reading.
 */
public final class ShownNumbers {
    private final DataFormatter formatter;
    private final boolean date1904;

    private ShownNumbers(Locale locale, boolean date1904) {
        this.formatter = new DataFormatter(locale);
        this.date1904 = date1904;
    }

    /**
     * Numbers as an Italian user's Excel or LibreOffice shows them ({@code 1.234,5}), dates counted in the workbook's
     * date system (from 1904 when {@code date1904}).
     */
    public static ShownNumbers italian(boolean date1904) {
        return new ShownNumbers(Locale.ITALY, date1904);
    }

    /**
     * The text of {@code number} in the format with this index and code ({@code "General"} when the cell has none).
     */
    public String format(double number, int formatIndex, String formatCode) {
        return formatter.formatRawCellContents(number, formatIndex, formatCode, date1904);
    }
}
