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

    /**
     * Scores a plan at a verifica, taking as they are the services already scored on their own ({@link #scoreAhead}):
     * the report is the one {@link #score(Plan, Verifica, Map, Map, Set)} gives, as long as each of them was scored
     * from the submission given here for it, against this plan and verifica, and no override names one of its
     * objectives (the caller checks; {@link #usableAhead} checks what can be checked here). With refused inputs
     * named apart ({@code rejectedInputs} not empty) every service is scored here.
     *
     * @param ahead services scored ahead, by service code
     */
    public static ScoreReport score(Plan plan, Verifica verifica, Map<String, Submission> submissionsByService,
                                    Map<String, NucleoOverride> overridesByObjective, Set<String> rejectedInputs,
                                    Map<String, ServiceScoring> ahead) {
        return score(plan, verifica, submissionsByService, overridesByObjective, rejectedInputs, PARALLEL_FROM, ahead);
    }

    /** As the public one, split over the cores from {@code parallelFrom} items (tests compare with one thread). */
    static ScoreReport score(Plan plan, Verifica verifica, Map<String, Submission> submissionsByService,
                             Map<String, NucleoOverride> overridesByObjective, Set<String> rejectedInputs,
                             int parallelFrom) {
        return score(plan, verifica, submissionsByService, overridesByObjective, rejectedInputs, parallelFrom, Map.of());
    }

    static ScoreReport score(Plan plan, Verifica verifica, Map<String, Submission> submissionsByService,
                             Map<String, NucleoOverride> overridesByObjective, Set<String> rejectedInputs,
                             int parallelFrom, Map<String, ServiceScoring> scoredAhead) {
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
        boolean unique = uniqueCodes(plan);
        // services scored ahead are taken whole: none of their objectives is scored again (with codes repeated, which
        // a plan check refuses, the last of a code wins below: then everything is scored here, as always)
        Map<String, ServiceScoring> ahead = unique && rejectedInputs.isEmpty() ? usableAhead(plan, verifica, submissionsByService,
                overridesByObjective, scoredAhead) : Map.of();
        List<Objective> planObjectives = ahead.isEmpty() ? plan.objectives()
                : plan.objectives().stream().filter(o -> !ahead.containsKey(o.serviceCode())).toList();
        List<ObjectiveAggregator.Result> firstPass = map(planObjectives, parallelFrom, objective -> scoreObjective(plan,
                verifica, objective, Optional.ofNullable(submissionsByService.get(objective.serviceCode())),
                overridesByObjective, rejectedInputs, indicatorScorer, objectiveAggregator));
        Map<String, ObjectiveAggregator.Result> objectiveResults = new HashMap<>(plan.objectives().size() * 2);
        for (int i = 0; i < planObjectives.size(); i++) {
            objectiveResults.put(planObjectives.get(i).code(), firstPass.get(i));
        }

        java.util.function.Function<Service, ServiceAggregator.Result> aggregate = service -> {
            ServiceScoring done = ahead.get(service.code());
            return done != null ? resultOf(plan.objectivesOf(service.code()), done) : serviceAggregator.aggregate(
                    service, plan.objectivesOf(service.code()).stream().map(o -> objectiveResults.get(o.code())).toList(),
                    submissionsByService.containsKey(service.code()));
        };
        List<ServiceScore> services = new ArrayList<>();
        if (unique) {
            // no two services share an objective: none reads what another's aggregation replaces
            // split only what is aggregated here: taking a score scored ahead is a lookup, not worth a fork
            int toAggregate = plan.services().size() - ahead.size();
            for (ServiceAggregator.Result result : map(plan.services(), toAggregate >= parallelFrom ? parallelFrom
                    : Integer.MAX_VALUE, aggregate)) {
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

        List<ObjectiveScore> objectives = new ArrayList<>(plan.objectives().size());
        InPlanOrder laid = new InPlanOrder(plan.indicators(), unique && plan.indicatorCodesUnique());
        for (Objective o : plan.objectives()) {
            laid.take(objectiveResults.get(o.code()), objectives);
        }
        List<IndicatorScore> indicators = laid.indicators();
        if (indicators == null) {
            Map<String, IndicatorScore> indicatorScores = new HashMap<>(plan.indicators().size() * 2);
            objectiveResults.values().forEach(o -> o.indicators().forEach(i -> indicatorScores.put(i.indicatorCode(), i)));
            indicators = new ArrayList<>(plan.indicators().size());
            for (Indicator indicator : plan.indicators()) {
                IndicatorScore score = indicatorScores.get(indicator.code());
                if (score == null) {
                    // an indicator of an objective that is not in the plan (check reports it): scored on its own
                    score = indicatorScorer.score(indicator, Optional.empty(), false).score();
                }
                indicators.add(score);
            }
        }

        Ente ente = ente(plan, services);
        return new ScoreReport(verifica, indicators, objectives, services, ente.overall(), ente.overallEsito(),
                ente.distribution(), DataTrends.of(plan, submissionsByService), overridesReached(plan, overridesByObjective));
    }

    /**
     * The ente-wide figures of a scoring, made from every service's score alone.
     *
     * @param overall      the mean of the scored services
     * @param overallEsito its band
     * @param distribution the distribution of the services' scores
     */
    public record Ente(Optional<BigDecimal> overall, Optional<String> overallEsito, Distribution distribution) {
        public Ente {
            Objects.requireNonNull(overall, "overall");
            Objects.requireNonNull(overallEsito, "overallEsito");
            Objects.requireNonNull(distribution, "distribution");
        }
    }

    /**
     * What {@link #score} gives for the ente from the services' scores in plan order: a night that scores only some
     * services computes it from those and the others' kept scores.
     */
    public static Ente ente(Plan plan, List<ServiceScore> services) {
        List<BigDecimal> serviceScores = services.stream().flatMap(s -> s.score().stream()).toList();
        Optional<BigDecimal> overall = serviceScores.isEmpty() ? Optional.empty()
                : Optional.of(Weights.sum(serviceScores).divide(BigDecimal.valueOf(serviceScores.size()),
                Achievements.MC));
        return new Ente(overall, overall.flatMap(plan.settings()::esitoOf), Statistics.distribution(serviceScores));
    }

    /**
     * The overrides an objective's score carries ({@link ObjectiveAggregator} takes an override only under its own
     * objective's code; services scored ahead have none): from the overrides given, not from every objective's score.
     */
    public static Map<String, NucleoOverride> overridesReached(Plan plan, Map<String, NucleoOverride> overridesByObjective) {
        Map<String, NucleoOverride> reached = new HashMap<>(overridesByObjective.size() * 2);
        overridesByObjective.forEach((code, o) -> {
            if (o.objectiveCode().equals(code) && plan.objective(code).isPresent()) {
                reached.put(code, o);
            }
        });
        return reached;
    }

    /**
     * One delivering service scored on its own, with no override: what {@link #score} gives for it when none of its
     * objectives is overridden. Empty when the plan has no such service.
     */
    public static Optional<ServiceScoring> scoreAhead(Plan plan, Verifica verifica, Submission submission) {
        Optional<Service> service = plan.service(submission.serviceCode());
        if (service.isEmpty()) {
            return Optional.empty();
        }
        IndicatorScorer indicatorScorer = new IndicatorScorer(plan.settings(), verifica);
        ObjectiveAggregator objectiveAggregator = new ObjectiveAggregator(plan.settings(), verifica);
        List<ObjectiveAggregator.Result> objectives = new ArrayList<>();
        for (Objective objective : plan.objectivesOf(service.get().code())) {
            objectives.add(scoreObjective(plan, verifica, objective, Optional.of(submission), Map.of(), Set.of(),
                    indicatorScorer, objectiveAggregator));
        }
        ServiceAggregator.Result result = new ServiceAggregator(plan.settings(), verifica)
                .aggregate(service.get(), objectives, true);
        List<ObjectiveScore> objectiveScores = new ArrayList<>(result.objectives().size());
        List<List<IndicatorScore>> indicatorScores = new ArrayList<>(result.objectives().size());
        for (ObjectiveAggregator.Result o : result.objectives()) {
            objectiveScores.add(o.score());
            indicatorScores.add(o.indicators());
        }
        return Optional.of(new ServiceScoring(result.score(), objectiveScores, indicatorScores));
    }

    /**
     * Those scored ahead that hold for this scoring: a service that delivers, scored at this verifica, none of whose
     * objectives the Nucleo overrides, with one score per objective of the plan's.
     */
    static Map<String, ServiceScoring> usableAhead(Plan plan, Verifica verifica,
                                                           Map<String, Submission> submissionsByService,
                                                           Map<String, NucleoOverride> overridesByObjective,
                                                           Map<String, ServiceScoring> scoredAhead) {
        if (scoredAhead.isEmpty()) {
            return Map.of();
        }
        Map<String, ServiceScoring> usable = new HashMap<>(scoredAhead.size() * 2);
        scoredAhead.forEach((code, s) -> {
            List<Objective> objectives = plan.objectivesOf(code);
            if (submissionsByService.containsKey(code) && s.service().serviceCode().equals(code)
                    && s.service().verifica().equals(verifica) && s.objectives().size() == objectives.size()
                    && (overridesByObjective.isEmpty()
                    || objectives.stream().noneMatch(o -> overridesByObjective.containsKey(o.code())))) {
                usable.put(code, s);
            }
        });
        return usable;
    }

    /** A service's result as {@link ServiceAggregator} gave it, from its scoring ahead. */
    private static ServiceAggregator.Result resultOf(List<Objective> objectives, ServiceScoring done) {
        List<ObjectiveAggregator.Result> results = new ArrayList<>(objectives.size());
        for (int i = 0; i < objectives.size(); i++) {
            // scoreable is read by the service's aggregation only, which is done
            results.add(new ObjectiveAggregator.Result(objectives.get(i), done.objectives().get(i),
                    done.indicators().get(i), true));
        }
        return new ServiceAggregator.Result(done.service(), results);
    }

    static ObjectiveAggregator.Result scoreObjective(Plan plan, Verifica verifica, Objective objective,
                                                             Optional<Submission> submission,
                                                             Map<String, NucleoOverride> overridesByObjective,
                                                             Set<String> rejectedInputs, IndicatorScorer indicatorScorer,
                                                             ObjectiveAggregator objectiveAggregator) {
        List<ScoredIndicator> scored = new ArrayList<>();
        for (Indicator indicator : plan.indicatorsOf(objective.code())) {
            // the report found once for both: a scan of every report of the submission each time
            Optional<it.peg.domain.IndicatorReport> report = submission.isEmpty() ? Optional.empty()
                    : submission.get().indicator(indicator.code(), verifica.date());
            scored.add(indicatorScorer.score(indicator, submission, report,
                    rejected(indicator, verifica, report, rejectedInputs)));
        }
        return objectiveAggregator.aggregate(objective, scored,
                Optional.ofNullable(overridesByObjective.get(objective.code())),
                submission.flatMap(s -> s.objective(objective.code(), verifica.date())), submission.isPresent(),
                PhaseSchedule.of(plan.phasesOf(objective.code()), objective.code(), verifica, submission,
                        plan.settings().year()));
    }

    /**
     * The indicators' scores in the plan's order without a map of every indicator by code, when the plan lists its
     * indicators objective by objective in the objectives' order (as a plan's sheets are written) with codes that do
     * not repeat: then the objectives' own lists, each in the plan's order of its indicators, laid end to end are that
     * order. Checked code by code as they are laid; {@link #indicators} is {@code null} when the plan is otherwise
     * (the caller looks each one up). One call per objective, not one loop over every indicator in the caller: a cold
     * JVM interprets a long loop of a method run once, and compiles a small method called thousands of times.
     */
    private static final class InPlanOrder {
        private final List<Indicator> plan;
        private final List<IndicatorScore> laid;
        private int at;
        private boolean holds;

        InPlanOrder(List<Indicator> plan, boolean uniqueCodes) {
            this.plan = plan;
            this.holds = uniqueCodes;
            this.laid = new ArrayList<>(uniqueCodes ? plan.size() : 0);
        }

        /** The objective's score to {@code objectives}, its indicators' scores laid after the earlier ones'. */
        void take(ObjectiveAggregator.Result result, List<ObjectiveScore> objectives) {
            objectives.add(result.score());
            if (!holds) {
                return;
            }
            for (IndicatorScore score : result.indicators()) {
                if (at >= plan.size() || !plan.get(at).code().equals(score.indicatorCode())) {
                    holds = false;
                    return;
                }
                laid.add(score);
                at++;
            }
        }

        List<IndicatorScore> indicators() {
            return holds && at == plan.size() ? laid : null;
        }
    }

    /** Below this many items the split costs more than it saves. */
    private static final int PARALLEL_FROM = 256;

    private static <T, R> List<R> map(List<T> items, int parallelFrom, java.util.function.Function<T, R> f) {
        return (items.size() >= parallelFrom ? items.parallelStream() : items.stream()).map(f).toList();
    }

    static boolean uniqueCodes(Plan plan) {
        return plan.serviceAndObjectiveCodesUnique();
    }

    /** @param report the submission's report of the indicator at the verifica, if any */
    private static boolean rejected(Indicator indicator, Verifica verifica,
                                    Optional<it.peg.domain.IndicatorReport> report, Set<String> rejectedInputs) {
        if (report.isPresent() && report.get().rejected()) {
            return true;
        }
        // the names are built only when some input was refused: most nights none was, for 18,000 indicators
        return !rejectedInputs.isEmpty() && (rejectedInputs.contains(InputNames.value(indicator.code(), verifica))
                || rejectedInputs.contains(InputNames.numerator(indicator.code(), verifica))
                || rejectedInputs.contains(InputNames.denominator(indicator.code(), verifica)));
    }
}
