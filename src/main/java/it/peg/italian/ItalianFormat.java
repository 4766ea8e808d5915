package it.peg.italian;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Italian formatting for explanations: comma decimals, no thousands grouping (so that a ratio such as
 * {@code 1300/3} reads exactly as the plan writes it), half-up rounding, dd/MM/yyyy dates.
 */
public final class ItalianFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ItalianFormat() {
    }

    /** A number with at most two decimals: 433,33, 400, -7. */
    public static String number(BigDecimal value) {
        return format(value, 2);
    }

    /** A fraction as a percentage with at most one decimal: 1.0833 gives 108,3%. */
    public static String percent(BigDecimal fraction) {
        return format(fraction.movePointRight(2), 1) + "%";
    }

    /** A reported percentage (a fraction) with at most two decimals: 0.9815 gives 98,15%. */
    public static String percentValue(BigDecimal fraction) {
        return format(fraction.movePointRight(2), 2) + "%";
    }

    public static String date(LocalDate date) {
        return date.format(DATE);
    }

    public static String days(long days) {
        return it.peg.domain.Plural.count(days, "giorno", "giorni");
    }

    /**
     * What {@code new DecimalFormat("0.##")} with Italian symbols and half-up rounding printed, without
     * building a formatter per call (a third of scoring 2,000 services went into DecimalFormat's set-up).
     */
    public static String format(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        String text = rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
        return text.replace('.', ',');
    }
}
