package it.peg.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Italian formatting for explanations: comma decimals, no thousands grouping (so that a ratio such as
 * {@code 1300/3} reads exactly as the plan writes it), half-up rounding, dd/MM/yyyy dates.
 */
final class Italian {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Italian() {
    }

    /** A number with at most two decimals: 433,33, 400, -7. */
    static String number(BigDecimal value) {
        return format(value, 2);
    }

    /** A fraction as a percentage with at most one decimal: 1.0833 gives 108,3%. */
    static String percent(BigDecimal fraction) {
        return format(fraction.movePointRight(2), 1) + "%";
    }

    /** A reported percentage (a fraction) with at most two decimals: 0.9815 gives 98,15%. */
    static String percentValue(BigDecimal fraction) {
        return format(fraction.movePointRight(2), 2) + "%";
    }

    static String date(LocalDate date) {
        return date.format(DATE);
    }

    static String days(long days) {
        return days == 1 ? "1 giorno" : days + " giorni";
    }

    private static String format(BigDecimal value, int decimals) {
        // a new DecimalFormat per call: it is not thread-safe and this is cheap enough for explanations
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "#".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ITALY));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        return text.equals("-0") ? "0" : text;
    }
}
