package it.peg.summary;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What a row sheet's writer says of its rows, cell by cell: {@link SheetRows} writes it as XML, {@link RowKeys} makes
 * a segment's key of it. A sheet's rows are written by one method against this contract, so that the key of a run of
 * rows is made from exactly what those rows print (row numbers, columns, styles, texts, numbers) and nothing a
 * render would add can be missed by it.
 */
interface RowCells {
    /** Starts row {@code r} (0-based), closing the previous one. */
    RowCells row(int r) throws IOException;

    /** A string cell; blank when the text is empty. */
    void text(int c, String value, CellFormat style) throws IOException;

    /** A number cell; a value Excel cannot hold (infinite, NaN) is left blank. */
    void number(int c, double value, CellFormat style) throws IOException;

    /** A cell with a style and no value. */
    void blank(int c, CellFormat style) throws IOException;

    default void number(int c, Optional<BigDecimal> value, CellFormat style) throws IOException {
        if (value.isPresent()) {
            number(c, CellValues.doubleOf(value.get()), style);
        } else {
            blank(c, style);
        }
    }

    default void date(int c, Optional<LocalDate> value, CellFormat style) throws IOException {
        if (value.isPresent()) {
            dateTime(c, value.get().atStartOfDay(), style);
        } else {
            blank(c, style);
        }
    }

    /**
     * An instant as the Italian local date-time it was ({@link SummaryWorkbookWriter#local}): a key takes the instant
     * itself, which gives that date-time, without working out the zone's rules for it.
     */
    default void instant(int c, java.time.Instant value, CellFormat style) throws IOException {
        dateTime(c, SummaryWorkbookWriter.local(value), style);
    }

    /** A date-time as Excel's serial number (1900 date system, as the workbook's). */
    default void dateTime(int c, LocalDateTime value, CellFormat style) throws IOException {
        number(c, ExcelDates.serial(value), style);
    }
}
