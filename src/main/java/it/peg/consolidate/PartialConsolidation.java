package it.peg.consolidate;

import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.scoring.DataTrend;
import it.peg.scoring.Distribution;
import it.peg.scoring.NucleoOverride;
import it.peg.scoring.ServiceScore;
import it.peg.scoring.ServiceScoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * What {@link PartialCombine} gives: every part of {@link Consolidator#combine}'s result that a night reads whole, equal
 * to the full combine's, and the full scoring of the changed services only.
 *
 * @param plan           the plan
 * @param verifica       the verifica scored
 * @param services       every service's score, plan order ({@code ScoreReport.services()})
 * @param overall        the ente's score ({@code ScoreReport.overall()})
 * @param overallEsito   its band
 * @param distribution   the distribution of the services' scores
 * @param dataTrendYears {@code ScoreReport.dataTrendYears()}
 * @param overrides      {@code ScoreReport.overrides()}
 * @param deliveries     one per service, plan order
 * @param registry       every file, by name then hash
 * @param findings       every finding, in combine's order
 * @param changed        the changed services' full scoring, plan order
 * @param figures        what the next night keeps: every service's and every file's figures after tonight
 */
public record PartialConsolidation(Plan plan, Verifica verifica, List<ServiceScore> services,
                                   Optional<BigDecimal> overall, Optional<String> overallEsito,
                                   Distribution distribution, SortedSet<Integer> dataTrendYears,
                                   Map<String, NucleoOverride> overrides, List<Delivery> deliveries,
                                   List<FileRecord> registry, List<Finding> findings,
                                   Map<String, ChangedService> changed, KeptFigures figures) {
    public PartialConsolidation {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(verifica, "verifica");
        services = List.copyOf(services);
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(overallEsito, "overallEsito");
        Objects.requireNonNull(distribution, "distribution");
        dataTrendYears = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(dataTrendYears));
        overrides = Map.copyOf(overrides);
        deliveries = List.copyOf(deliveries);
        registry = List.copyOf(registry);
        findings = List.copyOf(findings);
        changed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changed));
        Objects.requireNonNull(figures, "figures");
    }

    /**
     * A changed service's full scoring.
     *
     * @param scoring    its score, its objectives' and their indicators' ({@code ScoreReport}'s for it)
     * @param dataTrends its data rows' trends, in the plan's order of its rows
     * @param submission the submission that counts for it (none when it did not deliver, or its scheda is blank)
     */
    public record ChangedService(ServiceScoring scoring, List<DataTrend> dataTrends, Optional<Submission> submission) {
        public ChangedService {
            Objects.requireNonNull(scoring, "scoring");
            dataTrends = List.copyOf(dataTrends);
            Objects.requireNonNull(submission, "submission");
        }
    }
}
