package it.peg.consolidate;

import it.peg.domain.Finding;
import it.peg.scoring.NucleoOverride;
import it.peg.scoring.ServiceScore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One service as the last complete combine left it: what every night reads of every service (docs/performance.md,
 * "h28-prop", "What reads every service"), kept so that a night need not decode and score a service nothing changed for.
 *
 * @param score          its score ({@code ScoreReport.services()})
 * @param delivery       its delivery, with its missing values
 * @param duplicates     {@code DuplicateSubmissions}' findings about its files, in their order (none for one file)
 * @param blank          combine's finding that its scheda that counts is blank (SCHEDA_NON_COMPILATA)
 * @param planYearData   its submission that counts reports a plan-year value for one of its data rows (the ente's
 *                       data years, {@code ScoreReport.dataTrendYears()})
 * @param overrides      the Nucleo's overrides of its objectives it was scored with, by objective code: another set
 *                       tonight and the service is scored again
 */
public record KeptService(ServiceScore score, Delivery delivery, List<Finding> duplicates, Optional<Finding> blank,
                          boolean planYearData, SortedMap<String, NucleoOverride> overrides) {
    public KeptService {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(delivery, "delivery");
        duplicates = List.copyOf(duplicates);
        Objects.requireNonNull(blank, "blank");
        overrides = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(overrides));
        if (!score.serviceCode().equals(delivery.serviceCode())) {
            throw new IllegalArgumentException("a score and a delivery of two services");
        }
    }

    public String code() {
        return score.serviceCode();
    }

    /** The overrides among {@code overrides} that reach this service's objectives in the plan. */
    static SortedMap<String, NucleoOverride> overridesOf(it.peg.domain.Plan plan, String serviceCode,
                                                         java.util.Map<String, NucleoOverride> overrides) {
        SortedMap<String, NucleoOverride> of = new java.util.TreeMap<>();
        if (overrides.isEmpty()) {
            return of;
        }
        for (it.peg.domain.Objective o : plan.objectivesOf(serviceCode)) {
            NucleoOverride override = overrides.get(o.code());
            if (override != null) {
                of.put(o.code(), override);
            }
        }
        return of;
    }
}
