package it.peg.scoring;

import it.peg.domain.Aggregation;
import it.peg.domain.Objective;
import it.peg.domain.ObjectiveReport;
import it.peg.domain.Settings;
import it.peg.domain.Verifica;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Combines an objective's indicators into its score: weighted mean or {@code tutti}, coverage,
 * normalised indicator weights, the Nucleo's override and the office's own statement kept apart.
 */
final class ObjectiveAggregator {
    private final Settings settings;
    private final Verifica verifica;

    ObjectiveAggregator(Settings settings, Verifica verifica) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.verifica = Objects.requireNonNull(verifica, "verifica");
    }

    /**
     * An objective's result.
     *
     * @param objective  the plan objective
     * @param score      its score, weight in the service not yet set
     * @param indicators its indicators' scores with normalised weights, plan order
     * @param scoreable  takes part in the service aggregate: it has an indicator that applies at this verifica
     */
    record Result(Objective objective, ObjectiveScore score, List<IndicatorScore> indicators, boolean scoreable) {
        Result withWeight(Optional<BigDecimal> weight) {
            ObjectiveScore s = score;
            return new Result(objective, new ObjectiveScore(s.objectiveCode(), s.verifica(), s.computed(),
                    s.override(), s.coverage(), weight, s.reachable(), s.notes(), s.atRisk(), s.esito()),
                    indicators, scoreable);
        }
    }

    Result aggregate(Objective objective, List<ScoredIndicator> indicators, Optional<NucleoOverride> override,
                     Optional<ObjectiveReport> officeReport) {
        List<ScoredIndicator> applicable = indicators.stream()
                .filter(i -> i.status() != ScoreStatus.MONITORED).toList();
        List<BigDecimal> weights = Weights.resolve(applicable.stream()
                .map(i -> i.indicator().weightAt(verifica)).toList());
        BigDecimal totalWeight = Weights.sum(weights);

        BigDecimal scoredWeight = BigDecimal.ZERO;
        BigDecimal weightedSum = BigDecimal.ZERO;
        boolean anyScored = false;
        boolean allReached = true;
        List<IndicatorScore> weighted = new ArrayList<>();
        int k = 0;
        for (ScoredIndicator i : indicators) {
            if (i.status() == ScoreStatus.MONITORED) {
                weighted.add(i.score());
                continue;
            }
            BigDecimal w = weights.get(k++);
            weighted.add(i.withWeight(totalWeight.signum() == 0 ? Optional.empty()
                    : Optional.of(w.divide(totalWeight, Achievements.MC))).score());
            if (i.status() == ScoreStatus.SCORED) {
                anyScored = true;
                scoredWeight = scoredWeight.add(w);
                weightedSum = weightedSum.add(w.multiply(i.score().achievement().orElseThrow(), Achievements.MC));
                allReached &= i.raw().orElseThrow().reachesTarget();
            }
        }

        Optional<BigDecimal> computed;
        if (!anyScored) {
            computed = Optional.empty();
        } else if (objective.aggregation() == Aggregation.ALL) {
            computed = Optional.of(allReached ? BigDecimal.ONE : BigDecimal.ZERO);
        } else if (scoredWeight.signum() == 0) {
            computed = Optional.empty();
        } else {
            computed = Optional.of(weightedSum.divide(scoredWeight, Achievements.MC));
        }
        BigDecimal coverage = totalWeight.signum() == 0 ? BigDecimal.ZERO
                : scoredWeight.divide(totalWeight, Achievements.MC);
        boolean atRisk = indicators.stream().anyMatch(i -> i.projection().map(Projection.Projected::atRisk)
                .orElse(false));

        Optional<NucleoOverride> nucleo = override.filter(o -> o.objectiveCode().equals(objective.code()));
        Optional<BigDecimal> effective = nucleo.flatMap(NucleoOverride::score).or(() -> computed);
        ObjectiveScore score = new ObjectiveScore(objective.code(), verifica, computed, nucleo, coverage,
                Optional.empty(), officeReport.flatMap(ObjectiveReport::reachable),
                officeReport.map(ObjectiveReport::notes).orElse(""), atRisk, effective.flatMap(settings::esitoOf));
        return new Result(objective, score, weighted, !applicable.isEmpty());
    }
}
