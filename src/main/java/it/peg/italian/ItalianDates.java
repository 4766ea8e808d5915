package it.peg.italian;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient reading of dates as Italian users and the source documents write them: {@code 30/09/2018},
 * {@code 30/9/18}, {@code 30-09-2018}, {@code 30.09.2018}, {@code 2018-09-30}, {@code 30 Giugno 2018},
 * {@code 30 giugno}, {@code Settembre 2018} (end of month), {@code 31.12} and {@code 31/12} (of a
 * default year). Impossible dates ({@code 31/02/2018}) are rejected: the caller reports them.
 */
public final class ItalianDates {
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] MONTHS = {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
        "agosto", "settembre", "ottobre", "novembre", "dicembre"};
    private static final String MONTH_WORD = "([a-z]{3,9})\\.?";

    private static final Pattern NUMERIC_DMY = Pattern.compile("(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASH_DM = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})");
    private static final Pattern DOT_DM = Pattern.compile("(\\d{2})\\.(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*°?\\s+" + MONTH_WORD + "(?:\\s+(\\d{4}|\\d{2}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH_WORD + "(?:\\s+(\\d{4}))?");
    /** Shapes that look like a date, to tell "impossible date" from "not a date". */
    private static final Pattern DATE_SHAPE = Pattern.compile(
            "\\d{1,2}\\s*([/.\\-])\\s*\\d{1,2}\\s*\\1\\s*\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\s*/\\s*\\d{1,2}"
            + "|\\d{2}\\.\\d{2}|\\d{1,2}\\s*°?\\s+[a-z]{3,9}\\.?(\\s+\\d{2,4})?");

    private ItalianDates() {
    }

    public static Optional<ParsedDate> parse(String text, int defaultYear) {
        if (text == null) {
            return Optional.empty();
        }
        String original = text.strip();
        String t = normalise(text);
        Matcher m = NUMERIC_DMY.matcher(t);
        if (m.matches()) {
            String y = m.group(4);
            int year = Integer.parseInt(y);
            Optional<String> note = Optional.empty();
            if (y.length() == 2) {
                year += 2000;
            }
            Optional<LocalDate> d = of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
            if (y.length() == 2 && d.isPresent()) {
                note = Optional.of("'" + original + "' letto come " + d.get().format(FULL));
            }
            Optional<String> finalNote = note;
            return d.map(date -> new ParsedDate(date, finalNote));
        }
        m = ISO.matcher(t);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .map(d -> new ParsedDate(d, Optional.empty()));
        }
        m = SLASH_DM.matcher(t);
        if (!m.matches()) {
            m = DOT_DM.matcher(t);
        }
        if (m.matches()) {
            return of(defaultYear, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                    .map(d -> new ParsedDate(d, Optional.of("'" + original + "' letto come " + d.format(FULL)
                            + " (anno non indicato: si intende l'anno del piano " + defaultYear + ")")));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.matches()) {
            int month = month(m.group(2));
            if (month == 0) {
                return Optional.empty();
            }
            String y = m.group(3);
            int year = y == null ? defaultYear : Integer.parseInt(y) + (y.length() == 2 ? 2000 : 0);
            Optional<LocalDate> d = of(year, month, Integer.parseInt(m.group(1)));
            Optional<String> note = y == null
                    ? d.map(date -> "'" + original + "' letto come " + date.format(FULL)
                            + " (anno non indicato: si intende l'anno del piano " + defaultYear + ")")
                    : y.length() == 2 ? d.map(date -> "'" + original + "' letto come " + date.format(FULL)) : Optional.empty();
            return d.map(date -> new ParsedDate(date, note));
        }
        m = MONTH_YEAR.matcher(t);
        if (m.matches()) {
            int month = month(m.group(1));
            if (month == 0) {
                return Optional.empty();
            }
            int year = m.group(2) == null ? defaultYear : Integer.parseInt(m.group(2));
            LocalDate end = YearMonth.of(year, month).atEndOfMonth();
            return Optional.of(new ParsedDate(end, Optional.of("'" + original + "' letto come " + end.format(FULL)
                    + " (fine del mese" + (m.group(2) == null ? ", anno del piano" : "") + ")")));
        }
        return Optional.empty();
    }

    /** True when the text has the shape of a date (numbers and separators, or a day and a month name), valid or not. */
    public static boolean looksLikeDate(String text) {
        if (text == null) {
            return false;
        }
        String t = normalise(text);
        if (!DATE_SHAPE.matcher(t).matches()) {
            return false;
        }
        Matcher m = DAY_MONTH_YEAR.matcher(t);
        return !m.matches() || month(m.group(2)) != 0;
    }

    /**
     * The date of a spreadsheet serial number (days since 1899-12-30 in the 1900 system, honouring
     * Excel's fictitious 29/02/1900; days since 1904-01-01 in the 1904 system). The time part is dropped.
     */
    public static LocalDate fromSerial(double serial, boolean date1904) {
        if (Double.isNaN(serial) || Double.isInfinite(serial) || serial < 0) {
            throw new IllegalArgumentException("not a date serial: " + serial);
        }
        long days = (long) Math.floor(serial);
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(days);
        }
        if (days < 61) {
            // Excel counts a 29/02/1900 that never existed: serials before it are one day later than the arithmetic
            return LocalDate.of(1899, 12, 31).plusDays(days);
        }
        return LocalDate.of(1899, 12, 30).plusDays(days);
    }

    /**
     * Whether a date-formatted serial holds a time of day alone (under 1: what Excel stores for a time typed without a
     * date, and an ISO cell's {@code 10:30:00}): it names no day, and {@link #fromSerial} would make it 31/12/1899.
     */
    public static boolean isTimeOfDay(double serial) {
        return serial >= 0 && serial < 1;
    }

    /** A time of day alone as a clock shows it: {@code 10:30}, {@code 10:30:15} when it has seconds. */
    public static String timeOfDay(double serial) {
        long seconds = Math.round(serial * 86_400) % 86_400;
        String hm = String.format(java.util.Locale.ROOT, "%02d:%02d", seconds / 3600, seconds / 60 % 60);
        return seconds % 60 == 0 ? hm : hm + String.format(java.util.Locale.ROOT, ":%02d", seconds % 60);
    }

    /** The month 1..12 of an Italian month name or its three-letter abbreviation, 0 when none. */
    public static int month(String word) {
        String w = normalise(word);
        for (int i = 0; i < MONTHS.length; i++) {
            if (w.equals(MONTHS[i]) || w.equals(MONTHS[i].substring(0, 3))) {
                return i + 1;
            }
        }
        if (w.equals("sett")) {
            return 9;
        }
        return 0;
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String normalise(String text) {
        String n = Texts.withoutAccents(text.replace('\u00a0', ' '));
        return Texts.singleSpaces(n.strip().toLowerCase(Locale.ROOT));
    }
}
