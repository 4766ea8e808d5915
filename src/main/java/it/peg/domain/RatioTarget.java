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

    // equals and hashCode written out, as the record would generate them (same components, same 31-based hash): the
    // generated ones link through java.lang.runtime.ObjectMethods' method handles, which C1 (peg runs at tier 1 only)
    // calls link by link, and targets are compared and hashed per value validated
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RatioTarget t && numerator.equals(t.numerator) && denominator.equals(t.denominator);
    }

    @Override
    public int hashCode() {
        return numerator.hashCode() * 31 + denominator.hashCode();
    }

    @Override
    public InputKind inputKind() {
        return InputKind.RATIO;
    }
}
