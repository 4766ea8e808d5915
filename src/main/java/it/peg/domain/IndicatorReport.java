package it.peg.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an office reported for one indicator at one verifica.
 *
 * @param indicatorCode plan code
 * @param verifica      verifica date
 * @param value         the validated value; empty when blank or rejected by an ERRORE finding
 * @param cause         cause di scostamento ("" when none)
 * @param source        where the value came from in the submission's file, {@code sheet!cell} ("" when none);
 *                      {@link Submission#sourceOf} adds the file
 * @param rejected      the office wrote a value but an ERRORE finding refused it (value is then empty): scored
 *                      as REJECTED, not as MISSING
 */
public record IndicatorReport(String indicatorCode, LocalDate verifica, Optional<ReportedValue> value, String cause,
                              String source, boolean rejected) {
    public IndicatorReport {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(verifica, "verifica");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(source, "source");
        if (rejected && value.isPresent()) {
            throw new IllegalArgumentException("a rejected report has no value");
        }
    }

    /** A report whose value, when empty, was simply not given. */
    public IndicatorReport(String indicatorCode, LocalDate verifica, Optional<ReportedValue> value, String cause,
                           String source) {
        this(indicatorCode, verifica, value, cause, source, false);
    }
}
