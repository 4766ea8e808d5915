package it.peg.scoring;

import it.peg.domain.IndicatorReport;
import it.peg.domain.Verifica;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The achievement of one indicator at one verifica, with how it was computed.
 *
 * @param indicatorCode plan code
 * @param verifica      the verifica
 * @param report        what the office reported, when anything
 * @param status        why it is or is not scored
 * @param achievement   the achievement as a fraction (0.981 = 98.1%), after threshold and cap; set iff SCORED
 * @param weight        normalised weight in its objective: fractions summing to 1 over the applicable (not MONITORED)
 *                      indicators; empty when MONITORED or when the applicable weights sum to 0
 * @param qualitative   self-assessed progress on a qualitative target: flagged for the Nucleo
 * @param projection    for cumulative indicators at an intermediate verifica: the value projected to the final one
 * @param explained     Italian one-line explanation of the computation (e.g. "1300/3 = 433,33 rispetto a 1200/3 = 400: 108,3% → tetto 100%"),
 *                      made when first read ({@link #explanation}): a row copied from last night's output never reads it
 */
public record IndicatorScore(String indicatorCode, Verifica verifica, Optional<IndicatorReport> report,
                             ScoreStatus status, Optional<BigDecimal> achievement, Optional<BigDecimal> weight,
                             boolean qualitative, Optional<BigDecimal> projection, Explanation explained) {
    public IndicatorScore {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(verifica, "verifica");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(explained, "explained");
        if ((status == ScoreStatus.SCORED) != achievement.isPresent()) {
            throw new IllegalArgumentException("achievement must be present exactly when SCORED");
        }
    }

    public IndicatorScore(String indicatorCode, Verifica verifica, Optional<IndicatorReport> report,
                          ScoreStatus status, Optional<BigDecimal> achievement, Optional<BigDecimal> weight,
                          boolean qualitative, Optional<BigDecimal> projection, String explanation) {
        this(indicatorCode, verifica, report, status, achievement, weight, qualitative, projection,
                Explanation.of(explanation));
    }

    /** The Italian explanation, made now if it was not yet. */
    public String explanation() {
        return explained.text();
    }
}
