package it.peg.summary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Reads a percentage as a person types it in Excel or LibreOffice: {@code 0,85}, {@code 0.85}, {@code 85},
 * {@code 85%}, {@code 85%%} (LibreOffice doubles a typed % in a percent cell), {@code 85,5}. A number above 1
 * without a % sign is taken as percentage points (nobody grades an objective 0.9%), one up to 1 as a fraction.
 */
final class PercentText {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PercentText() {
    }

    /** The fraction, or empty when the text is not a percentage. */
    static Optional<BigDecimal> parse(String raw) {
        String s = raw.replace('\u00A0', ' ').replace(" ", "").trim();
        boolean percent = false;
        while (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || !s.matches("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(s.replace(',', '.').replace("+", ""));
        if (percent) {
            return Optional.of(value.divide(HUNDRED, MathContext.DECIMAL64).stripTrailingZeros());
        }
        return Optional.of(fromNumber(value));
    }

    /** A number typed without a % sign: above 1 it is percentage points, otherwise a fraction. */
    static BigDecimal fromNumber(BigDecimal value) {
        BigDecimal f = value.compareTo(BigDecimal.ONE) > 0 ? value.divide(HUNDRED, MathContext.DECIMAL64) : value;
        return f.stripTrailingZeros();
    }
}
