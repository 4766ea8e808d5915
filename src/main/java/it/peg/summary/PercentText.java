package it.peg.summary;

import it.peg.italian.ItalianNumbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Reads a percentage as a person types it in Excel or LibreOffice: {@code 0,85}, {@code 0.85}, {@code 85},
 * {@code 85%}, {@code 85%%} (LibreOffice doubles a typed % in a percent cell), {@code 85,5}. The number is read
 * by {@link ItalianNumbers}, the one reading of Italian numbers in peg ({@code 1.250} is one thousand two hundred
 * and fifty everywhere, here too: out of any percentage range, so the caller reports it rather than taking it as
 * 1,25%). A number above 1 without a % sign is taken as percentage points (nobody grades an objective 0.9%), one
 * up to 1 as a fraction.
 */
final class PercentText {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PercentText() {
    }

    /** The fraction, or empty when the text is not a number. */
    static Optional<BigDecimal> parse(String raw) {
        // with a % sign ItalianNumbers already gives the fraction
        return ItalianNumbers.parse(raw).map(n -> n.percent() ? n.value().stripTrailingZeros() : fromNumber(n.value()));
    }

    /** A number typed without a % sign: above 1 it is percentage points, otherwise a fraction. */
    static BigDecimal fromNumber(BigDecimal value) {
        BigDecimal f = value.compareTo(BigDecimal.ONE) > 0 ? value.divide(HUNDRED, MathContext.DECIMAL64) : value;
        return f.stripTrailingZeros();
    }
}
