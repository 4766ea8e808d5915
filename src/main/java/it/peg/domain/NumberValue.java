package it.peg.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A reported number; for percentage indicators the fraction (0.75 for 75%). */
public record NumberValue(BigDecimal value) implements ReportedValue {
    public NumberValue {
        Objects.requireNonNull(value, "value");
    }
}
