package it.peg.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/** Reported numerator and denominator of a ratio indicator; the denominator is never zero. */
public record RatioValue(BigDecimal numerator, BigDecimal denominator) implements ReportedValue {
    public RatioValue {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("zero denominator");
        }
    }

    public BigDecimal ratio() {
        return numerator.divide(denominator, MathContext.DECIMAL64);
    }
}
