package it.peg.consolidate;

import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.Submission;
import it.peg.scoring.ScoreReport;

import java.util.List;
import java.util.Objects;

/**
 * Everything the summary workbook and the CSV export show: the input of the summary stage.
 *
 * @param plan        the plan
 * @param scores      scores at the chosen verifica
 * @param submissions the valid submission that counts for each delivering service
 * @param deliveries  one per service of the plan, plan order
 * @param registry    every file considered, in a stable order (file name, then hash)
 * @param findings    every finding of every file, in a stable order
 */
public record ConsolidationResult(Plan plan, ScoreReport scores, List<Submission> submissions,
                                  List<Delivery> deliveries, List<FileRecord> registry, List<Finding> findings) {
    public ConsolidationResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(scores, "scores");
        submissions = List.copyOf(submissions);
        deliveries = List.copyOf(deliveries);
        registry = List.copyOf(registry);
        findings = List.copyOf(findings);
    }

    /** A lookup of the submission that counts for each service ({@link SubmissionLookup}), for one writer. */
    public SubmissionLookup submissionLookup() {
        return new SubmissionLookup(submissions, scores);
    }

    /**
     * This result holding the full scoring and the submissions of {@code services} only ({@link
     * ScoreReport#partialTo}): every other part whole (the plan, the services' scores and the ente's figures, the
     * deliveries, the registry, the findings, the Nucleo's overrides, the data trends' years). A night that scores
     * only the services whose rows it renders gives the writers such a result; tests make one from a whole result to
     * check that both render the same. An indicator, objective or Dati row is its service's as the plan says.
     */
    public ConsolidationResult partialTo(java.util.Set<String> services) {
        java.util.Map<String, String> dataService = new java.util.HashMap<>();
        plan.dataRows().forEach(r -> dataService.putIfAbsent(r.code(), r.serviceCode()));
        ScoreReport partial = scores.partialTo(services,
                code -> plan.indicator(code).flatMap(i -> plan.objective(i.objectiveCode()))
                        .map(it.peg.domain.Objective::serviceCode),
                code -> plan.objective(code).map(it.peg.domain.Objective::serviceCode),
                code -> java.util.Optional.ofNullable(dataService.get(code)));
        return new ConsolidationResult(plan, partial,
                submissions.stream().filter(s -> services.contains(s.serviceCode())).toList(), deliveries, registry,
                findings);
    }

    /** The same result with {@code extra} findings first (entries of the input folders that were not read). */
    public ConsolidationResult withFindingsFirst(List<Finding> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        List<Finding> all = new java.util.ArrayList<>(extra);
        all.addAll(findings);
        return new ConsolidationResult(plan, scores, submissions, deliveries, registry, all);
    }
}
