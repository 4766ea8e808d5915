package it.peg.merge;

import it.peg.domain.Finding;
import it.peg.domain.Findings;
import it.peg.domain.Plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The plan as read, with the findings about it; usable only when present and without ERRORE. */
public record PlanLoad(Optional<Plan> plan, List<Finding> findings) {
    public PlanLoad {
        Objects.requireNonNull(plan, "plan");
        findings = List.copyOf(findings);
    }

    public Optional<Plan> usablePlan() {
        return Findings.anyError(findings) ? Optional.empty() : plan;
    }
}
