package it.peg.italian;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number read from text typed by an Italian user.
 *
 * @param value          the number; when {@code percent} the fraction (0.75 for {@code 75%})
 * @param percent        the text carried a % sign
 * @param interpretation an Italian note when the text was ambiguous (e.g. {@code 3.5} read as 3,5)
 */
public record ParsedNumber(BigDecimal value, boolean percent, Optional<String> interpretation) {
    public ParsedNumber {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(interpretation, "interpretation");
    }
}
