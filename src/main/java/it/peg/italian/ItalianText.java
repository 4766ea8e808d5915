package it.peg.italian;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Italian number and date text for validation: delegates to {@link ItalianNumbers} and {@link ItalianDates},
 * so that the plan and the returned workbooks read text the same way, and adds what validation needs on
 * top (telling an impossible date from a non-date, Italian formatting for messages).
 */
public final class ItalianText {
    private ItalianText() {
    }

    public static Optional<ParsedNumber> parseNumber(String raw) {
        return ItalianNumbers.parse(raw);
    }

    /**
     * The outcome of reading a date text.
     *
     * @param date           the day, when the text names one
     * @param dateShaped     the text looks like a date (so an empty date means an impossible one)
     * @param interpretation how a text that needed guessing was read (no year, a month only)
     */
    public record DateReading(Optional<LocalDate> date, boolean dateShaped, Optional<String> interpretation) {
    }

    public static DateReading parseDate(String raw, int defaultYear) {
        Optional<ParsedDate> parsed = ItalianDates.parse(raw, defaultYear);
        if (parsed.isPresent()) {
            // a two-digit year (30/9/18) is how people type dates, and LibreOffice reads it the same way:
            // only notes that explain a real guess (year or day not written) are worth a warning
            Optional<String> note = parsed.get().interpretation().filter(n -> n.contains("("));
            return new DateReading(Optional.of(parsed.get().date()), true, note);
        }
        return new DateReading(Optional.empty(), ItalianDates.looksLikeDate(raw), Optional.empty());
    }

    /** The day of a spreadsheet date serial (the time of day is dropped). */
    public static LocalDate fromSerial(double serial, boolean date1904) {
        return ItalianDates.fromSerial(serial, date1904);
    }

    /**
     * A date-formatted serial as the cell shows it: the day {@code dd/MM/yyyy}, or a time of day alone ({@code 10:30},
     * under 1, which names no day: not 31/12/1899).
     */
    public static String shownDate(double serial, boolean date1904) {
        return ItalianDates.isTimeOfDay(serial) ? ItalianDates.timeOfDay(serial)
                : ItalianFormat.date(fromSerial(serial, date1904));
    }

    /**
     * One format per thread: building a DecimalFormat (its pattern parsed, the locale's symbols looked up) cost more
     * than formatting, and validation formats the reference values of every indicator of every file; a DecimalFormat
     * is not safe to share between threads.
     */
    private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ITALY)));

    /** A number the Italian way: {@code 1.234,5}. */
    public static String format(BigDecimal value) {
        return NUMBER.get().format(value);
    }

    /** A fraction as an Italian percentage: {@code 75%}, {@code 12,5%}. */
    public static String formatPercent(BigDecimal fraction) {
        return format(fraction.movePointRight(2)) + "%";
    }
}
