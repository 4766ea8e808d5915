package it.peg.italian;

import java.math.BigDecimal;

/** One canonical scale for decimals, so that 20, 20.0 and "20" compare equal as record fields. */
public final class Decimals {
    private Decimals() {
    }

    /** Trailing zeros removed, never a negative scale (24000 stays 24000, 20.50 becomes 20.5). */
    public static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A cell's double as a decimal (shortest representation, so 0.1 stays 0.1). */
    public static BigDecimal of(double value) {
        return normal(BigDecimal.valueOf(value));
    }

    /** Italian rendering: decimal comma, no grouping (e.g. {@code 1234,5}). */
    public static String italian(BigDecimal value) {
        return normal(value).toPlainString().replace('.', ',');
    }
}
