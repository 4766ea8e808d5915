package it.peg.scoring;

import it.peg.domain.Indicator;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator's score before its objective normalises the weights, with what the aggregates need
 * beyond the public record: the raw achievement (for {@code tutti}) and the projection (for the risk flag).
 */
record ScoredIndicator(Indicator indicator, IndicatorScore score, Optional<Achievements.Raw> raw,
                       Optional<Projection.Projected> projection) {
    ScoredIndicator {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(projection, "projection");
    }

    ScoreStatus status() {
        return score.status();
    }

    ScoredIndicator withWeight(Optional<BigDecimal> weight) {
        IndicatorScore s = score;
        return new ScoredIndicator(indicator, new IndicatorScore(s.indicatorCode(), s.verifica(), s.report(),
                s.status(), s.achievement(), weight, s.qualitative(), s.projection(), s.explained()), raw, projection);
    }
}
