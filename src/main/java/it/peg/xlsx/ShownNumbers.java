package it.peg.xlsx;

import org.apache.poi.ss.usermodel.DataFormatter;

import java.util.Locale;

/**
 * A number as a spreadsheet shows it in a cell of a given number format, in one locale's conventions (POI's
 * {@code DataFormatter}, without formula evaluation). Not for several threads at once: make one per reading.
 */
public final class ShownNumbers {
    private final DataFormatter formatter;

    private ShownNumbers(Locale locale) {
        this.formatter = new DataFormatter(locale);
    }

    /** Numbers as an Italian user's Excel or LibreOffice shows them ({@code 1.234,5}). */
    public static ShownNumbers italian() {
        return new ShownNumbers(Locale.ITALY);
    }

    /**
     * The text of {@code number} in the format with this index and code ({@code "General"} when the cell has none).
     */
    public String format(double number, int formatIndex, String formatCode) {
        return formatter.formatRawCellContents(number, formatIndex, formatCode);
    }
}
