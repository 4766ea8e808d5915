package it.peg.scoring;

import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Some services of a plan scored as {@link Scorer#score} scores them, and the ente-wide facts their scoring feeds, for a
 * night that scores only the services something changed for and keeps the others' figures (docs/performance.md,
 * "h29-combine").
 */
public final class PartialScoring {
    private PartialScoring() {
    }

    /**
     * Some services scored as {@link Scorer#score} scores them, and nothing else: for each of {@code codes}, a service of the
     * plan, its {@link ServiceScoring} equal to the one {@link Scorer#score} assembles for it (its score, its objectives' and
     * their indicators' in the plan's order). Only for a plan whose service, objective and indicator codes do not
     * repeat (the caller checks it: with repeated codes one service's aggregation may replace another's, and only the
     * whole scoring is right).
     *
     * @param submissionsByService the submission that counts of each of these services that delivers
     * @param scoredAhead          services scored ahead, taken under the same rule as {@link Scorer#score}'s
     */
    public static Map<String, ServiceScoring> scoreServices(Plan plan, Verifica verifica,
                                                            Map<String, Submission> submissionsByService,
                                                            Map<String, NucleoOverride> overridesByObjective,
                                                            Map<String, ServiceScoring> scoredAhead,
                                                            java.util.Collection<String> codes) {
        if (!Scorer.uniqueCodes(plan) || !plan.indicatorCodesUnique()) {
            throw new IllegalArgumentException("a plan with repeated codes is scored whole");
        }
        IndicatorScorer indicatorScorer = new IndicatorScorer(plan.settings(), verifica);
        ObjectiveAggregator objectiveAggregator = new ObjectiveAggregator(plan.settings(), verifica);
        ServiceAggregator serviceAggregator = new ServiceAggregator(plan.settings(), verifica);
        Map<String, ServiceScoring> ahead = Scorer.usableAhead(plan, verifica, submissionsByService, overridesByObjective,
                scoredAhead);
        Map<String, ServiceScoring> scored = new java.util.LinkedHashMap<>();
        for (String code : codes) {
            Service service = plan.service(code).orElseThrow(() -> new IllegalArgumentException("no service " + code));
            ServiceScoring done = ahead.get(code);
            if (done != null) {
                scored.put(code, done);
                continue;
            }
            Optional<Submission> submission = Optional.ofNullable(submissionsByService.get(code));
            List<ObjectiveAggregator.Result> objectives = new ArrayList<>();
            for (Objective objective : plan.objectivesOf(code)) {
                objectives.add(Scorer.scoreObjective(plan, verifica, objective, submission, overridesByObjective, Set.of(),
                        indicatorScorer, objectiveAggregator));
            }
            ServiceAggregator.Result result = serviceAggregator.aggregate(service, objectives, submission.isPresent());
            List<ObjectiveScore> objectiveScores = new ArrayList<>(result.objectives().size());
            List<List<IndicatorScore>> indicatorScores = new ArrayList<>(result.objectives().size());
            for (ObjectiveAggregator.Result o : result.objectives()) {
                objectiveScores.add(o.score());
                indicatorScores.add(o.indicators());
            }
            scored.put(code, new ServiceScoring(result.score(), objectiveScores, indicatorScores));
        }
        return scored;
    }

    /**
     * Whether a service's data trends have the plan year ({@link ScoreReport#dataTrendYears}): its submission that counts
     * reports a plan-year value for one of its data rows. Kept per service, it gives the ente's years without every trend.
     */
    public static boolean reportsPlanYearData(Plan plan, String serviceCode, Optional<Submission> submission) {
        return DataTrends.reportsPlanYear(plan, plan.dataRowsOf(serviceCode), submission);
    }

    /** {@link ScoreReport#dataTrendYears} of the full scoring, from whether any service reports plan-year data. */
    public static java.util.SortedSet<Integer> dataTrendYears(Plan plan, boolean planYearReported) {
        return java.util.Collections.unmodifiableSortedSet(DataTrends.years(plan, planYearReported));
    }

    /**
     * The data trends of one service's rows ({@link Plan#dataRowsOf}), as {@link Scorer#score} gives them in its report for
     * those rows, from the submission that counts for the service (none: the plan's values alone).
     */
    public static List<DataTrend> dataTrendsOf(Plan plan, String serviceCode, Optional<Submission> submission) {
        return DataTrends.of(plan, plan.dataRowsOf(serviceCode), submission.map(s -> Map.of(serviceCode, s))
                .orElse(Map.of()));
    }
}
