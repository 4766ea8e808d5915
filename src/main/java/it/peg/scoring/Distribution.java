package it.peg.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/** Distribution of the service scores (fractions), computed with Commons Math; empty stats when no service is scored. */
public record Distribution(int count, Optional<BigDecimal> mean, Optional<BigDecimal> median, Optional<BigDecimal> q1,
                           Optional<BigDecimal> q3, Optional<BigDecimal> stdDev, Optional<BigDecimal> min,
                           Optional<BigDecimal> max) {
    public static Distribution empty() {
        return new Distribution(0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
