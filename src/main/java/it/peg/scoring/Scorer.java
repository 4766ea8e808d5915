package it.peg.scoring;

import it.peg.domain.Indicator;
import it.peg.domain.InputNames;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The scoring stage: every indicator, objective and service of a plan at one verifica, the ente's overall
 * score, the distribution of service scores and the multi-year data trends. Pure: same inputs, same report,
 * always in plan order. The rules are in docs/scoring-rules.md.
 */
public final class Scorer {
    private Scorer() {
    }

    /**
     * Scores a plan at a verifica.
     *
     * @param submissionsByService the valid submission of each delivering service, by service code
     * @param overridesByObjective the Nucleo's overrides, by objective code
     */
    public static ScoreReport score(Plan plan, Verifica verifica, Map<String, Submission> submissionsByService,
                                    Map<String, NucleoOverride> overridesByObjective) {
        return score(plan, verifica, submissionsByService, overridesByObjective, Set.of());
    }

    /**
     * Scores a plan at a verifica, telling apart the values that validation refused.
     *
     * @param rejectedInputs defined names ({@code IN_<ind>_<MMDD>}, {@code ..._NUM}, {@code ..._DEN}, upper case)
     *                       whose value was refused by an ERRORE finding: those indicators are REJECTED, not MISSING
     */
    public static ScoreReport score(Plan plan, Verifica verifica, Map<String, Submission> submissionsByService,
                                    Map<String, NucleoOverride> overridesByObjective, Set<String> rejectedInputs) {
        return score(plan, verifica, submissionsByService, overridesByObjective, rejectedInputs, PARALLEL_FROM);
    }

    /** As the public one, split over the cores from {@code parallelFrom} items (tests compare with one thread). */
    static ScoreReport score(Plan plan, Verifica verifica, Map<String, Submission> submissionsByService,
                             Map<String, NucleoOverride> overridesByObjective, Set<String> rejectedInputs,
                             int parallelFrom) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(verifica, "verifica");
        Objects.requireNonNull(submissionsByService, "submissionsByService");
        Objects.requireNonNull(overridesByObjective, "overridesByObjective");
        Objects.requireNonNull(rejectedInputs, "rejectedInputs");

        IndicatorScorer indicatorScorer = new IndicatorScorer(plan.settings(), verifica);
        ObjectiveAggregator objectiveAggregator = new ObjectiveAggregator(plan.settings(), verifica);
        ServiceAggregator serviceAggregator = new ServiceAggregator(plan.settings(), verifica);

        // each objective is scored from its own indicators and each service from its own objectives: on a large
        // plan both passes are split over the cores (pure work per item, collected in plan order, so the report is
        // the same whatever the scheduling)
        List<Objective> planObjectives = plan.objectives();
        List<ObjectiveAggregator.Result> firstPass = map(planObjectives, parallelFrom, objective -> {
            Optional<Submission> submission = Optional.ofNullable(submissionsByService.get(objective.serviceCode()));
            List<ScoredIndicator> scored = new ArrayList<>();
            for (Indicator indicator : plan.indicatorsOf(objective.code())) {
                scored.add(indicatorScorer.score(indicator, submission, rejected(indicator, verifica, submission, rejectedInputs)));
            }
            return objectiveAggregator.aggregate(objective, scored,
                    Optional.ofNullable(overridesByObjective.get(objective.code())),
                    submission.flatMap(s -> s.objective(objective.code(), verifica.date())), submission.isPresent(),
                    PhaseSchedule.of(plan.phasesOf(objective.code()), objective.code(), verifica, submission,
                            plan.settings().year()));
        });
        Map<String, ObjectiveAggregator.Result> objectiveResults = new HashMap<>();
        for (int i = 0; i < planObjectives.size(); i++) {
            objectiveResults.put(planObjectives.get(i).code(), firstPass.get(i));
        }

        java.util.function.Function<Service, ServiceAggregator.Result> aggregate = service -> serviceAggregator.aggregate(
                service, plan.objectivesOf(service.code()).stream().map(o -> objectiveResults.get(o.code())).toList(),
                submissionsByService.containsKey(service.code()));
        List<ServiceScore> services = new ArrayList<>();
        if (uniqueCodes(plan)) {
            // no two services share an objective: none reads what another's aggregation replaces
            for (ServiceAggregator.Result result : map(plan.services(), parallelFrom, aggregate)) {
                services.add(result.score());
                result.objectives().forEach(o -> objectiveResults.put(o.objective().code(), o));
            }
        } else {
            // codes repeat only in a plan check refuses (CODICE_DUPLICATO): one pass, the last of a code wins
            for (Service service : plan.services()) {
                ServiceAggregator.Result result = aggregate.apply(service);
                services.add(result.score());
                result.objectives().forEach(o -> objectiveResults.put(o.objective().code(), o));
            }
        }

        Map<String, IndicatorScore> indicatorScores = new HashMap<>();
        objectiveResults.values().forEach(o -> o.indicators().forEach(i -> indicatorScores.put(i.indicatorCode(), i)));
        List<IndicatorScore> indicators = new ArrayList<>();
        for (Indicator indicator : plan.indicators()) {
            IndicatorScore score = indicatorScores.get(indicator.code());
            if (score == null) {
                // an indicator of an objective that is not in the plan (check reports it): scored on its own
                score = indicatorScorer.score(indicator, Optional.empty(), false).score();
            }
            indicators.add(score);
        }
        List<ObjectiveScore> objectives = plan.objectives().stream()
                .map(o -> objectiveResults.get(o.code()).score()).toList();

        List<BigDecimal> serviceScores = services.stream().flatMap(s -> s.score().stream()).toList();
        Optional<BigDecimal> overall = serviceScores.isEmpty() ? Optional.empty()
                : Optional.of(Weights.sum(serviceScores).divide(BigDecimal.valueOf(serviceScores.size()),
                Achievements.MC));
        return new ScoreReport(verifica, indicators, objectives, services, overall,
                overall.flatMap(plan.settings()::esitoOf), Statistics.distribution(serviceScores),
                DataTrends.of(plan, submissionsByService));
    }

    /** Below this many items the split costs more than it saves. */
    private static final int PARALLEL_FROM = 256;

    private static <T, R> List<R> map(List<T> items, int parallelFrom, java.util.function.Function<T, R> f) {
        return (items.size() >= parallelFrom ? items.parallelStream() : items.stream()).map(f).toList();
    }

    private static boolean uniqueCodes(Plan plan) {
        Set<String> services = new java.util.HashSet<>();
        Set<String> objectives = new java.util.HashSet<>();
        return plan.services().stream().allMatch(s -> services.add(s.code()))
                && plan.objectives().stream().allMatch(o -> objectives.add(o.code()));
    }

    private static boolean rejected(Indicator indicator, Verifica verifica, Optional<Submission> submission,
                                    Set<String> rejectedInputs) {
        boolean flagged = submission.flatMap(s -> s.indicator(indicator.code(), verifica.date()))
                .map(it.peg.domain.IndicatorReport::rejected).orElse(false);
        if (flagged) {
            return true;
        }
        // the names are built only when some input was refused: most nights none was, for 18,000 indicators
        return !rejectedInputs.isEmpty() && (rejectedInputs.contains(InputNames.value(indicator.code(), verifica))
                || rejectedInputs.contains(InputNames.numerator(indicator.code(), verifica))
                || rejectedInputs.contains(InputNames.denominator(indicator.code(), verifica)));
    }
}
