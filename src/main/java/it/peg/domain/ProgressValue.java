package it.peg.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** The self-assessed progress on a qualitative target, as a fraction between 0 and 1. */
public record ProgressValue(BigDecimal fraction) implements ReportedValue {
    public ProgressValue {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("progress outside 0..1: " + fraction);
        }
    }
}
