package it.peg.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A ratio target such as {@code 1200/3} (pratiche per persona) or {@code 31900/39365}: the office
 * reports numerator and denominator and the achievement compares the two ratios.
 */
public record RatioTarget(BigDecimal numerator, BigDecimal denominator) implements Target {
    public RatioTarget {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("ratio target with zero denominator");
        }
    }

    /** numerator / denominator, to 16 significant digits. */
    public BigDecimal ratio() {
        return numerator.divide(denominator, MathContext.DECIMAL64);
    }

    @Override
    public InputKind inputKind() {
        return InputKind.RATIO;
    }
}
