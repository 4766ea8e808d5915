package it.peg.scoring;

import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Verifica;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Combines a service's objectives into its score: weighted mean of the objectives' effective scores
 * (the Nucleo's when given), with the same blank-weight rule as indicators.
 */
final class ServiceAggregator {
    private final Settings settings;
    private final Verifica verifica;

    ServiceAggregator(Settings settings, Verifica verifica) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.verifica = Objects.requireNonNull(verifica, "verifica");
    }

    /** A service's score and its objectives with their normalised weights set, plan order. */
    record Result(ServiceScore score, List<ObjectiveAggregator.Result> objectives) {
    }

    Result aggregate(Service service, List<ObjectiveAggregator.Result> objectives, boolean delivered) {
        // a loop, not streams: every service at every scoring
        List<Optional<BigDecimal>> planned = new ArrayList<>(objectives.size());
        for (ObjectiveAggregator.Result o : objectives) {
            if (o.scoreable()) {
                planned.add(o.objective().weight());
            }
        }
        List<BigDecimal> weights = Weights.resolve(planned);
        BigDecimal totalWeight = Weights.sum(weights);

        BigDecimal scoredWeight = BigDecimal.ZERO;
        BigDecimal coveredWeight = BigDecimal.ZERO;
        BigDecimal weightedSum = BigDecimal.ZERO;
        List<ObjectiveAggregator.Result> weighted = new ArrayList<>();
        int k = 0;
        for (ObjectiveAggregator.Result o : objectives) {
            if (!o.scoreable()) {
                weighted.add(o);
                continue;
            }
            BigDecimal w = weights.get(k++);
            weighted.add(o.withWeight(totalWeight.signum() == 0 ? Optional.empty()
                    : Weights.normalised(w, totalWeight)));
            // coverage is of what was reported: an objective counts for the share of its indicators' weight that is
            // scored (LLPP_1 at 50% leaves its service short of 100%), whether or not the Nucleo judged it
            coveredWeight = coveredWeight.add(w.multiply(o.score().coverage(), Achievements.MC));
            Optional<BigDecimal> effective = o.score().effective();
            if (effective.isPresent()) {
                scoredWeight = scoredWeight.add(w);
                weightedSum = weightedSum.add(w.multiply(effective.get(), Achievements.MC));
            }
        }
        Optional<BigDecimal> score = !delivered || scoredWeight.signum() == 0 ? Optional.empty()
                : Optional.of(weightedSum.divide(scoredWeight, Achievements.MC));
        BigDecimal coverage = !delivered || totalWeight.signum() == 0 ? BigDecimal.ZERO
                : coveredWeight.divide(totalWeight, Achievements.MC);
        return new Result(new ServiceScore(service.code(), verifica, score, coverage, score.flatMap(settings::esitoOf)),
                weighted);
    }
}
