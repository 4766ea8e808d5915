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
 */
public record ScoreReport(Verifica verifica, List<IndicatorScore> indicators, List<ObjectiveScore> objectives,
                          List<ServiceScore> services, Optional<BigDecimal> overall, Optional<String> overallEsito,
                          Distribution distribution, List<DataTrend> dataTrends, Map<String, NucleoOverride> overrides) {
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
    }

    /** A report whose overrides are those its objectives' scores carry (the first score of each code's). */
    public ScoreReport(Verifica verifica, List<IndicatorScore> indicators, List<ObjectiveScore> objectives,
                       List<ServiceScore> services, Optional<BigDecimal> overall, Optional<String> overallEsito,
                       Distribution distribution, List<DataTrend> dataTrends) {
        this(verifica, indicators, objectives, services, overall, overallEsito, distribution, dataTrends,
                overridesOf(objectives));
    }

    private static Map<String, NucleoOverride> overridesOf(List<ObjectiveScore> objectives) {
        Map<String, ObjectiveScore> first = Index.byCode(objectives, ObjectiveScore::objectiveCode);
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
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        dataTrends.forEach(t -> years.add(t.year()));
        return java.util.Collections.unmodifiableSortedSet(years);
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
        return Optional.ofNullable(index().objectives.get(code));
    }

    public Optional<ServiceScore> service(String code) {
        return Optional.ofNullable(index().services.get(code));
    }

    public Optional<IndicatorScore> indicator(String code) {
        return Optional.ofNullable(index().indicators.get(code));
    }

    /**
     * The lookups above through an index of this report ({@link LastIndex}): linear scans, called per service,
     * objective and indicator (the Schede per la valutazione ask for every indicator's score), were quadratic in the
     * plan's size, 40% of a cold consolidate of 2,000 services.
     */
    private static final LastIndex<ScoreReport, Index> INDEX = new LastIndex<>(Index::new);

    private Index index() {
        return INDEX.of(this);
    }

    private static final class Index {
        final Map<String, IndicatorScore> indicators;
        final Map<String, ObjectiveScore> objectives;
        final Map<String, ServiceScore> services;

        Index(ScoreReport report) {
            indicators = byCode(report.indicators, IndicatorScore::indicatorCode);
            objectives = byCode(report.objectives, ObjectiveScore::objectiveCode);
            services = byCode(report.services, ServiceScore::serviceCode);
        }

        /** The first item of each code, as the scans found it. */
        private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
            Map<String, T> out = new HashMap<>((int) Math.min(1 << 30, items.size() * 4L / 3 + 1));
            for (T t : items) {
                out.putIfAbsent(code.apply(t), t);
            }
            return out;
        }
    }
}
