package it.peg.validation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Local adapter for Italian number and date text, with the signatures of it.peg.target.ItalianNumbers and
 * ItalianDates (branch {@code plan}); to be delegated to them once merged, so that the plan and the
 * returned workbooks read text the same way.
 */
final class ItalianText {
    private ItalianText() {
    }

    /**
     * A number read from text.
     *
     * @param value          the value; for a percentage the fraction (75% is 0.75)
     * @param percent        the text ended with % (LibreOffice may double it: {@code 75%%})
     * @param interpretation how an ambiguous text was read, in Italian, when it was ambiguous
     */
    record ParsedNumber(BigDecimal value, boolean percent, Optional<String> interpretation) {
    }

    private static final Pattern IT_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern IT_GROUPED_DECIMAL = Pattern.compile("\\d{1,3}(\\.\\d{3})*,\\d+|\\d*,\\d+");
    private static final Pattern EN_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern EN_GROUPED_DECIMAL = Pattern.compile("\\d{1,3}(,\\d{3})*\\.\\d+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DOT_DECIMAL = Pattern.compile("\\d*\\.\\d+");

    static Optional<ParsedNumber> parseNumber(String raw) {
        String s = raw.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2212', '-').trim();
        boolean percent = false;
        while (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1).trim();
        }
        s = s.replace("€", "").trim();
        if (s.toUpperCase(Locale.ROOT).endsWith("EUR")) {
            s = s.substring(0, s.length() - 3).trim();
        }
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.startsWith("-");
            s = s.substring(1).trim();
        }
        s = s.replace("€", "").replace(" ", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String plain;
        String note = null;
        if (DIGITS.matcher(s).matches()) {
            plain = s;
        } else if (IT_GROUPED.matcher(s).matches()) {
            plain = s.replace(".", "");
        } else if (IT_GROUPED_DECIMAL.matcher(s).matches() && !EN_GROUPED.matcher(s).matches()) {
            plain = s.replace(".", "").replace(',', '.');
        } else if (EN_GROUPED.matcher(s).matches() && s.indexOf(',') == s.lastIndexOf(',')) {
            // 1,200: an Italian comma is the decimal mark, but a thousands reading is possible
            plain = s.replace(',', '.');
            note = "'" + raw.trim() + "' letto come " + format(new BigDecimal(plain)) + " (in italiano la virgola separa i decimali;"
                    + " se si intendeva " + format(new BigDecimal(s.replace(",", ""))) + " scrivere "
                    + s.replace(",", "") + ")";
        } else if (EN_GROUPED.matcher(s).matches()) {
            plain = s.replace(",", "");
            note = "'" + raw.trim() + "' letto come " + format(new BigDecimal(plain)) + " (virgole lette come separatori delle migliaia)";
        } else if (DOT_DECIMAL.matcher(s).matches()) {
            plain = s;
            note = "'" + raw.trim() + "' letto come " + format(new BigDecimal(plain))
                    + " (in italiano i decimali si scrivono con la virgola: " + format(new BigDecimal(plain)) + ")";
        } else if (EN_GROUPED_DECIMAL.matcher(s).matches()) {
            plain = s.replace(",", "");
            note = "'" + raw.trim() + "' letto all'inglese come " + format(new BigDecimal(plain));
        } else {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(plain);
        if (negative) {
            value = value.negate();
        }
        if (percent) {
            value = value.movePointLeft(2);
        }
        return Optional.of(new ParsedNumber(value, percent, Optional.ofNullable(note)));
    }

    /** The outcome of reading a date text: a date, a date-shaped text naming no real day, or no date at all. */
    record ParsedDate(Optional<LocalDate> date, boolean dateShaped) {
        static ParsedDate notADate() {
            return new ParsedDate(Optional.empty(), false);
        }
    }

    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/.\\-]\\s*(\\d{2}|\\d{4}))?");
    private static final Pattern WORD_DATE = Pattern.compile("(\\d{1,2})\\s+([a-z]+)\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("gennaio", 1), Map.entry("febbraio", 2), Map.entry("marzo", 3), Map.entry("aprile", 4),
            Map.entry("maggio", 5), Map.entry("giugno", 6), Map.entry("luglio", 7), Map.entry("agosto", 8),
            Map.entry("settembre", 9), Map.entry("ottobre", 10), Map.entry("novembre", 11), Map.entry("dicembre", 12));

    /** {@code 30/09/2018}, {@code 30/9/18} (20xx), {@code 30.09.2018}, {@code 30-09-2018}, {@code 30/09} (default year), {@code 30 settembre 2018}. */
    static ParsedDate parseDate(String raw, int defaultYear) {
        String s = raw.trim().toLowerCase(Locale.ROOT);
        Matcher m = NUMERIC_DATE.matcher(s);
        int day;
        int month;
        int year;
        if (m.matches()) {
            day = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            year = m.group(3) == null ? defaultYear : Integer.parseInt(m.group(3));
            if (m.group(3) != null && m.group(3).length() == 2) {
                year += 2000;
            }
        } else {
            Matcher w = WORD_DATE.matcher(s);
            if (!w.matches() || !MONTHS.containsKey(w.group(2))) {
                return ParsedDate.notADate();
            }
            day = Integer.parseInt(w.group(1));
            month = MONTHS.get(w.group(2));
            year = Integer.parseInt(w.group(3));
        }
        try {
            return new ParsedDate(Optional.of(LocalDate.of(year, month, day)), true);
        } catch (DateTimeException e) {
            return new ParsedDate(Optional.empty(), true);
        }
    }

    /** The day of a spreadsheet date serial (the time of day is dropped). */
    static LocalDate fromSerial(double serial, boolean date1904) {
        long days = (long) Math.floor(serial);
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(days);
        }
        // Excel counts the non-existent 29/02/1900 as serial 60
        return days < 61 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
    }

    /** A number the Italian way: {@code 1.234,5}. */
    static String format(BigDecimal value) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(Locale.ITALY));
        return f.format(value);
    }

    /** A fraction as an Italian percentage: {@code 75%}, {@code 12,5%}. */
    static String formatPercent(BigDecimal fraction) {
        return format(fraction.movePointRight(2)) + "%";
    }
}
