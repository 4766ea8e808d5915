package it.peg.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A multi-year datum with its year-on-year change.
 *
 * @param code     Dati row code
 * @param year     the year
 * @param value    the value of that year
 * @param change   relative change from the previous year (a fraction), when both are known and the previous is not 0
 * @param outlier  flagged as an outlier
 * @param reason   Italian reason for the flag ("" when none)
 */
public record DataTrend(String code, int year, Optional<BigDecimal> value, Optional<BigDecimal> change,
                        boolean outlier, String reason) {
    public DataTrend {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(reason, "reason");
    }
}
