package it.peg.scoring;

import it.peg.domain.LastIndex;
import it.peg.italian.ItalianFormat;
import it.peg.domain.Verifica;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * Every score of a plan at one verifica: the output of the scoring stage.
 *
 * @param verifica     the verifica scored
 * @param indicators   one per indicator of the plan, plan order
 * @param objectives   one per objective of the plan, plan order
 * @param services     one per service of the plan, plan order
 * @param overall      the ente's score: mean of the scored services
 * @param overallEsito its band
 * @param distribution distribution of service scores
 * @param dataTrends   multi-year data with changes and outliers
 * @param overrides    the Nucleo's overrides that reached an objective of the plan, by objective code: each is the
 *                     {@link ObjectiveScore#override()} of that code's score. Who needs only the overrides (the
 *                     summaries' input keys, the Nucleo columns' read-back) reads them here, not every objective's
 *                     score: a night that scores only some services still knows every override.
 * @param partial      empty: the report holds every service's full scoring. Else it holds the full scoring
 *                     (objective and indicator scores, data trends) of the services {@link Partial#services} names only,
 *                     while {@code services}, the ente's figures and {@code overrides} stay whole: a night that scores
 *                     only the services whose rows it renders. Ask per service ({@link #objectiveOf},
 *                     {@link #indicatorOf}, {@link #dataTrendsOf}): a service outside the set is peg's bug
 *                     ({@link NotScoredException}), never an empty score.
 */
public record ScoreReport(Verifica verifica, List<IndicatorScore> indicators, List<ObjectiveScore> objectives,
                          List<ServiceScore> services, Optional<BigDecimal> overall, Optional<String> overallEsito,
                          Distribution distribution, List<DataTrend> dataTrends, Map<String, NucleoOverride> overrides,
                          Optional<Partial> partial) {
    /**
     * What a partial report holds: the services whose full scoring it has, and the years of every service's data
     * trends (ente-wide: the Dati sheet's year columns), given, not computed from the trends it holds.
     */
    public record Partial(Set<String> services, SortedSet<Integer> dataTrendYears) {
        public Partial {
            services = Set.copyOf(services);
            dataTrendYears = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(dataTrendYears));
        }
    }

    public ScoreReport {
        Objects.requireNonNull(verifica, "verifica");
        indicators = List.copyOf(indicators);
        objectives = List.copyOf(objectives);
        services = List.copyOf(services);
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(overallEsito, "overallEsito");
        Objects.requireNonNull(distribution, "distribution");
        dataTrends = List.copyOf(dataTrends);
        overrides = Map.copyOf(overrides);
        Objects.requireNonNull(partial, "partial");
    }

    /** A report holding every service's full scoring. */
    public ScoreReport(Verifica verifica, List<IndicatorScore> indicators, List<ObjectiveScore> objectives,
                       List<ServiceScore> services, Optional<BigDecimal> overall, Optional<String> overallEsito,
                       Distribution distribution, List<DataTrend> dataTrends, Map<String, NucleoOverride> overrides) {
        this(verifica, indicators, objectives, services, overall, overallEsito, distribution, dataTrends, overrides,
                Optional.empty());
    }

    /** A report whose overrides are those its objectives' scores carry (the first score of each code's). */
    public ScoreReport(Verifica verifica, List<IndicatorScore> indicators, List<ObjectiveScore> objectives,
                       List<ServiceScore> services, Optional<BigDecimal> overall, Optional<String> overallEsito,
                       Distribution distribution, List<DataTrend> dataTrends) {
        this(verifica, indicators, objectives, services, overall, overallEsito, distribution, dataTrends,
                overridesOf(objectives));
    }

    private static Map<String, NucleoOverride> overridesOf(List<ObjectiveScore> objectives) {
        Map<String, ObjectiveScore> first = byCode(objectives, ObjectiveScore::objectiveCode);
        Map<String, NucleoOverride> overrides = new HashMap<>();
        first.forEach((code, score) -> score.override().ifPresent(o -> overrides.put(code, o)));
        return overrides;
    }

    /**
     * The years the data trends have, in order: ente-wide (the Dati sheet's year columns beyond the plan's data years,
     * a year any service reported a value for), asked apart from the trends so that a report holding only some
     * services' trends can still give every service's.
     */
    public java.util.SortedSet<Integer> dataTrendYears() {
        if (partial.isPresent()) {
            return partial.get().dataTrendYears();
        }
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        dataTrends.forEach(t -> years.add(t.year()));
        return java.util.Collections.unmodifiableSortedSet(years);
    }

    /** Whether this report holds the full scoring of {@code serviceCode} (a whole report holds every service's). */
    public boolean holds(String serviceCode) {
        return partial.isEmpty() || partial.get().services().contains(serviceCode);
    }

    /**
     * Fails unless this report holds the full scoring of {@code serviceCode}: a writer about to render a row of that
     * service asks first, so that a partial report lacking it stops the output instead of printing an empty score.
     *
     * @param what what was to be made of it, for the message
     */
    public void requireScoring(String serviceCode, String what) {
        if (!holds(serviceCode)) {
            throw notScored(serviceCode, what);
        }
    }

    private NotScoredException notScored(String serviceCode, String what) {
        return new NotScoredException(serviceCode, what, partial.orElseThrow().services().size());
    }

    /**
     * The score of the objective {@code objectiveCode} of the service {@code serviceCode} (the first of that code):
     * empty when the service's scoring has none; {@link NotScoredException} when this report does not hold the
     * service's scoring.
     */
    public Optional<ObjectiveScore> objectiveOf(String serviceCode, String objectiveCode) {
        if (!holds(serviceCode)) { // the message made only then: this is asked of every row's objective
            throw notScored(serviceCode, "the score of objective " + objectiveCode);
        }
        return objective(objectiveCode);
    }

    /** As {@link #objectiveOf}, for the indicator {@code indicatorCode} of the service {@code serviceCode}. */
    public Optional<IndicatorScore> indicatorOf(String serviceCode, String indicatorCode) {
        if (!holds(serviceCode)) {
            throw notScored(serviceCode, "the score of indicator " + indicatorCode);
        }
        return indicator(indicatorCode);
    }

    /**
     * The data trends of the Dati row {@code dataCode} of the service {@code serviceCode}, in the report's order
     * (every trend of that code); {@link NotScoredException} when this report does not hold the service's scoring.
     */
    public List<DataTrend> dataTrendsOf(String serviceCode, String dataCode) {
        if (!holds(serviceCode)) {
            throw notScored(serviceCode, "the data trends of " + dataCode);
        }
        return TRENDS.of(this).getOrDefault(dataCode, List.of());
    }

    /** The trends by code, made when a Dati row is first asked for (a writer that renders none does not make it). */
    private static final LastIndex<ScoreReport, Map<String, List<DataTrend>>> TRENDS = new LastIndex<>(r -> {
        Map<String, List<DataTrend>> byCode = new HashMap<>();
        r.dataTrends.forEach(t -> byCode.computeIfAbsent(t.code(), c -> new java.util.ArrayList<>(4)).add(t));
        return byCode;
    });

    /**
     * This report holding the full scoring of {@code services} only: its indicator, objective and data-trend lists
     * filtered by whose they are ({@code indicatorService}, {@code objectiveService}, {@code dataService}: a code's
     * service, empty for a code of no service, which is dropped), every other part whole, the years of the data
     * trends this report's. What a night that scores only some services gives the writers; tests make one from a
     * whole report to check that both render the same.
     */
    public ScoreReport partialTo(Set<String> services, Function<String, Optional<String>> indicatorService,
                                 Function<String, Optional<String>> objectiveService,
                                 Function<String, Optional<String>> dataService) {
        java.util.function.Predicate<Optional<String>> in = s -> s.isPresent() && services.contains(s.get());
        return new ScoreReport(verifica,
                indicators.stream().filter(i -> in.test(indicatorService.apply(i.indicatorCode()))).toList(),
                objectives.stream().filter(o -> in.test(objectiveService.apply(o.objectiveCode()))).toList(),
                this.services, overall, overallEsito, distribution,
                dataTrends.stream().filter(t -> in.test(dataService.apply(t.code()))).toList(), overrides,
                Optional.of(new Partial(services, dataTrendYears())));
    }

    /** The Nucleo's override of the objective {@code code}, as its score carries it. */
    public Optional<NucleoOverride> override(String code) {
        return Optional.ofNullable(overrides.get(code));
    }

    /** Services with a score: those the ente's score is the mean of. */
    public int servicesValued() {
        return (int) services.stream().filter(s -> s.score().isPresent()).count();
    }

    /** Services the plan expects a scheda from. */
    public int servicesExpected() {
        return services.size();
    }

    /** The ente score's coverage: services valued / services expected (empty for a plan without services). */
    public Optional<BigDecimal> overallCoverage() {
        return services.isEmpty() ? Optional.empty() : Optional.of(BigDecimal.valueOf(servicesValued())
                .divide(BigDecimal.valueOf(servicesExpected()), Achievements.MC));
    }

    /**
     * What the ente's score is the mean of, in Italian, wherever the score is shown: "2 servizi valutati su 4 attesi (50%)",
     * "1 servizio valutato su 1 atteso (100%)".
     */
    public String overallCoverageText() {
        int valued = servicesValued();
        int expected = servicesExpected();
        return valued + (valued == 1 ? " servizio valutato" : " servizi valutati") + " su " + expected
                + (expected == 1 ? " atteso" : " attesi") + overallCoverage().map(c -> " (" + ItalianFormat.percent(c) + ")")
                .orElse("");
    }

    public Optional<ObjectiveScore> objective(String code) {
        return Optional.ofNullable(OBJECTIVES.of(this).get(code));
    }

    public Optional<ServiceScore> service(String code) {
        return Optional.ofNullable(SERVICES.of(this).get(code));
    }

    public Optional<IndicatorScore> indicator(String code) {
        return Optional.ofNullable(INDICATORS.of(this).get(code));
    }

    /*
     * The lookups above through indexes of this report ({@link LastIndex}): linear scans, called per service,
     * objective and indicator (the Schede per la valutazione ask for every indicator's score), were quadratic in the
     * plan's size, 40% of a cold consolidate of 2,000 services. One index per kind, each made when that kind is first
     * asked: every row of the summary and the CSV asks its objective's score while the heap is at its fullest, and an
     * index of the indicators too (90,000 at 10,000 services) held from then on cost a 1% night a full collection.
     */
    private static final LastIndex<ScoreReport, Map<String, ObjectiveScore>> OBJECTIVES =
            new LastIndex<>(r -> byCode(r.objectives, ObjectiveScore::objectiveCode));
    private static final LastIndex<ScoreReport, Map<String, IndicatorScore>> INDICATORS =
            new LastIndex<>(r -> byCode(r.indicators, IndicatorScore::indicatorCode));
    private static final LastIndex<ScoreReport, Map<String, ServiceScore>> SERVICES =
            new LastIndex<>(r -> byCode(r.services, ServiceScore::serviceCode));

    /** The first item of each code, as the scans found it. */
    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        Map<String, T> out = new HashMap<>((int) Math.min(1 << 30, items.size() * 4L / 3 + 1));
        for (T t : items) {
            out.putIfAbsent(code.apply(t), t);
        }
        return out;
    }
}
