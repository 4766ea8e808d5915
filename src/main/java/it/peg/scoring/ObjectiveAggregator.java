package it.peg.scoring;

import it.peg.domain.Aggregation;
import it.peg.domain.MissingValues;
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
                    s.override(), s.coverage(), weight, s.reachable(), s.notes(), s.atRisk(), s.esito(), s.phases()),
                    indicators, scoreable);
        }
    }

    Result aggregate(Objective objective, List<ScoredIndicator> indicators, Optional<NucleoOverride> override,
                     Optional<ObjectiveReport> officeReport) {
        return aggregate(objective, indicators, override, officeReport, true, List.of());
    }

    /**
     * @param delivered the service delivered a scheda that counts: only then does {@code Valori mancanti = zero}
     *                  score its empty due values 0 (a service with nothing delivered has no score at all)
     * @param phases    its phases at this verifica: one late against its months puts the objective at risk
     */
    Result aggregate(Objective objective, List<ScoredIndicator> indicators, Optional<NucleoOverride> override,
                     Optional<ObjectiveReport> officeReport, boolean delivered, List<PhaseSchedule.PhaseStatus> phases) {
        // loops, not streams: every objective of every service at every scoring
        List<Optional<BigDecimal>> planned = new ArrayList<>(indicators.size());
        for (ScoredIndicator i : indicators) {
            if (i.status() != ScoreStatus.MONITORED) {
                planned.add(i.indicator().weightAt(verifica));
            }
        }
        boolean anyApplicable = !planned.isEmpty();
        List<BigDecimal> weights = Weights.resolve(planned);
        BigDecimal totalWeight = Weights.sum(weights);
        boolean zero = delivered && settings.missingValues() == MissingValues.ZERO;

        BigDecimal scoredWeight = BigDecimal.ZERO;
        BigDecimal countedWeight = BigDecimal.ZERO;
        BigDecimal weightedSum = BigDecimal.ZERO;
        boolean anyScored = false;
        boolean anyMissed = false;
        boolean anyUnknown = false;
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
                    : Weights.normalised(w, totalWeight)).score());
            if (i.status() == ScoreStatus.SCORED) {
                anyScored = true;
                scoredWeight = scoredWeight.add(w);
                countedWeight = countedWeight.add(w);
                weightedSum = weightedSum.add(w.multiply(i.score().achievement().orElseThrow(), Achievements.MC));
                allReached &= i.raw().orElseThrow().reachesTarget();
            } else if (zero && (i.status() == ScoreStatus.MISSING || i.status() == ScoreStatus.REJECTED)) {
                // Valori mancanti = zero: an empty (or refused) due value counts, at 0%
                anyMissed = true;
                countedWeight = countedWeight.add(w);
            } else {
                // not reported, refused, or a deadline still in corso: nothing is known of it
                anyUnknown = true;
            }
        }

        Optional<BigDecimal> computed;
        if (objective.aggregation() == Aggregation.ALL) {
            // tutti needs every indicator: one that missed its target (or counts 0) fails the objective; with one
            // still unknown and the others reached, nothing can be said yet
            if ((anyScored && !allReached) || anyMissed) {
                computed = Optional.of(BigDecimal.ZERO);
            } else if (anyScored && !anyUnknown) {
                computed = Optional.of(BigDecimal.ONE);
            } else {
                computed = Optional.empty();
            }
        } else if ((!anyScored && !anyMissed) || countedWeight.signum() == 0) {
            computed = Optional.empty();
        } else {
            computed = Optional.of(weightedSum.divide(countedWeight, Achievements.MC));
        }
        BigDecimal coverage = totalWeight.signum() == 0 ? BigDecimal.ZERO
                : scoredWeight.divide(totalWeight, Achievements.MC);
        boolean atRisk = false;
        for (ScoredIndicator i : indicators) {
            atRisk |= i.projection().isPresent() && i.projection().get().atRisk();
        }
        for (PhaseSchedule.PhaseStatus p : phases) {
            atRisk |= p.late().isPresent();
        }

        Optional<NucleoOverride> nucleo = override.filter(o -> o.objectiveCode().equals(objective.code()));
        Optional<BigDecimal> effective = nucleo.flatMap(NucleoOverride::score).or(() -> computed);
        ObjectiveScore score = new ObjectiveScore(objective.code(), verifica, computed, nucleo, coverage,
                Optional.empty(), officeReport.flatMap(ObjectiveReport::reachable),
                officeReport.map(ObjectiveReport::notes).orElse(""), atRisk, effective.flatMap(settings::esitoOf), phases);
        return new Result(objective, score, weighted, anyApplicable);
    }
}
