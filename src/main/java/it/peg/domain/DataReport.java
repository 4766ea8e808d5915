package it.peg.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The plan-year value of a Dati row as reported by the office; {@code source} is {@code sheet!cell} in the submission's file. */
public record DataReport(String code, int year, Optional<BigDecimal> value, String source) {
    public DataReport {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
